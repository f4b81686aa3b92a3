import Foundation
import PlaceModel
import Statistics
import Store
import Synchronization

extension PlaceColumns {
    /// Rows of a table read at a time: large tables are read in ranges of row ids, so that both
    /// connections share every table's work.
    static let chunkRows: Int64 = 400_000

    /// Reads every table of the data model from `store` (and `readers`, other connections, at the
    /// same time: the persons first, then every other table, largest first, in ranges of rows) and
    /// writes them to a snapshot at `path`, each table as soon as all its rows are read; returns
    /// the persons' positions it worked out on the way.
    static func build(
        _ store: any PlaceStore, readers: [any PlaceStore], to path: String, contentVersion: String
    ) throws -> PersonPositions {
        let writer = try SnapshotWriter(path: path)
        let connections = [store] + readers.prefix(1)
        let tables = try PlaceSchema.tables.map { table in
            let plan = ColumnPlan(table)
            return (plan, try ranges(plan, store))
        }
        // The persons' positions, once their table is read: a table finished before that waits.
        let positions = Arrivals<PersonPositions>(count: 1)
        let directory = Mutex(SnapshotDirectory())
        try read(tables, connections, failed: { positions.fail($0) }) { plan, chunks in
            if plan.table.name == "persons" {
                let ids = chunks.flatMap(\.ids)
                positions.put(0, PersonPositions(ids: ids, capacity: ids.count))
            }
            let entry = try writer.write(plan, chunks, positions: try positions.value(0))
            directory.withLock { $0.tables.append(entry) }
        }
        var made = directory.withLock { $0 }
        made.tables.sort { $0.name < $1.name }
        try writer.finish(made, contentVersion: contentVersion)
        return try positions.value(0)
    }

    /// The row-id ranges to read `plan`'s table in (one range of nil: the whole table at once, for
    /// tables not keyed by their row id).
    private static func ranges(_ plan: ColumnPlan, _ store: any PlaceStore) throws -> [ClosedRange<Int64>?] {
        let table = plan.table
        guard table.key.count == 1, let key = table.columns.first(where: { $0.name == table.key[0] }),
            case .integer = key.type
        else { return [nil] }
        // Two subqueries, each answered from one end of the table's b-tree: MIN and MAX in one query
        // would scan every row.
        let bounds = try store.query(
            "SELECT (SELECT MIN(rowid) FROM \(table.name)), (SELECT MAX(rowid) FROM \(table.name))", [])
        guard case .int(let low) = bounds.first?[0], case .int(let high) = bounds.first?[1] else {
            return [nil]
        }
        return stride(from: low, through: high, by: Int(chunkRows)).map { $0...min($0 + chunkRows - 1, high) }
    }

    /// Reads every range of every table on the connections at once, the persons first and then
    /// the largest tables; calls `done` with a table's chunks, in order, as soon as all of them are
    /// read (on the thread that read the last). `failed` hears of the first failure at once, so
    /// that a thread waiting in `done` for another table can stop.
    private static func read(
        _ tables: [(ColumnPlan, [ClosedRange<Int64>?])], _ connections: [any PlaceStore],
        failed: @escaping @Sendable (any Error) -> Void,
        done: @escaping @Sendable (ColumnPlan, [TableChunk]) throws -> Void
    ) throws {
        let order = tables.indices.sorted { a, b in
            let (personsA, personsB) = (
                tables[a].0.table.name == "persons", tables[b].0.table.name == "persons"
            )
            return personsA != personsB ? personsA : tables[a].1.count > tables[b].1.count
        }
        let work = order.flatMap { t in tables[t].1.indices.map { (t, $0) } }
        let chunks = ParallelSlots<TableChunk>(count: work.count)
        let left = Mutex(tables.map(\.1.count))
        let failure = ParallelSlots<any Error>(count: 1)
        let firstSlot = Dictionary(
            uniqueKeysWithValues: order.map { t in (t, work.firstIndex { $0.0 == t }!) })
        DispatchQueue.concurrentPerform(iterations: connections.count) { worker in
            while let k = chunks.take() {
                let (t, r) = work[k]
                do {
                    let (plan, ranges) = tables[t]
                    chunks.set(k, try TableChunk(plan, connections[worker], ranges[r]))
                    let finished = left.withLock {
                        $0[t] -= 1
                        return $0[t] == 0
                    }
                    guard finished else { continue }
                    let slots = firstSlot[t]!..<(firstSlot[t]! + ranges.count)
                    try done(plan, chunks.take(slots))
                } catch {
                    failure.set(0, error)
                    chunks.stop()
                    failed(error)
                }
            }
        }
        if let error = failure.values.first { throw error }
    }
}
