import Foundation
import PlaceModel
import Statistics
import Store

extension PlaceColumns {
    /// Reads every table of the data model from `store` (the persons first, then the other tables
    /// on `store` and `readers` at once, largest first) and writes them to a snapshot at `path`.
    static func build(
        _ store: any PlaceStore, readers: [any PlaceStore], to path: String, contentVersion: String
    ) throws {
        let writer = try SnapshotWriter(path: path)
        var directory = SnapshotDirectory()
        let (persons, ids) = try read(PlaceSchema.persons, store, PersonPositions())
        var positions = PersonPositions(capacity: ids.count)
        for (i, id) in ids.enumerated() { positions.set(id, Int32(i)) }
        directory.tables.append(try writer.write(persons))
        let others = PlaceSchema.tables.filter { $0.name != "persons" }.sorted {
            (largest[$0.name] ?? 0, $1.name) > (largest[$1.name] ?? 0, $0.name)
        }
        let connections = [store] + readers.prefix(1)
        let done = ParallelSlots<SnapshotDirectory.Table>(count: others.count)
        let failure = ParallelSlots<any Error>(count: 1)
        let known = positions
        DispatchQueue.concurrentPerform(iterations: connections.count) { worker in
            while let k = done.take() {
                do {
                    let (table, _) = try read(others[k], connections[worker], known)
                    done.set(k, try writer.write(table))
                } catch {
                    failure.set(0, error)
                    done.stop()
                }
            }
        }
        if let error = failure.values.first { throw error }
        directory.tables += done.values
        directory.tables.sort { $0.name < $1.name }
        try writer.finish(directory, contentVersion: contentVersion)
    }

    /// Rough relative sizes of the largest tables, so that the biggest are read first.
    private static let largest: [String: Int] = [
        "observations": 9, "medications": 8, "ae_attendances": 7, "problems": 6, "admissions": 5,
        "conditions": 4, "deaths": 3,
    ]

    /// One table read whole, and (for the persons) their identifiers in order.
    private static func read(
        _ schema: TableSchema, _ store: any PlaceStore, _ positions: PersonPositions
    ) throws -> (GrowingTable, [Int64]) {
        let columns = TableColumns.heldColumns(schema)
        let growers = columns.map { makeGrower($0, persons: positions) }
        let order = schema.name == "persons" ? " ORDER BY person_id" : ""
        var rows = 0
        var ids: [Int64] = []
        let idColumn = schema.name == "persons" ? columns.firstIndex { $0.name == "person_id" } : nil
        try store.scan(
            "SELECT \(columns.map(\.name).joined(separator: ", ")) FROM \(schema.name)\(order)", []
        ) { row in
            for (c, grower) in growers.enumerated() { grower.append(row, c) }
            if let idColumn, let id = row.int(idColumn) { ids.append(id) }
            rows += 1
        }
        return (
            GrowingTable(
                name: schema.name, count: rows, columns: zip(columns, growers).map { ($0.name, $1) }), ids
        )
    }
}

/// A table read from the store, before it is written to the snapshot.
struct GrowingTable {
    let name: String
    let count: Int
    let columns: [(String, any ColumnGrower)]

}
