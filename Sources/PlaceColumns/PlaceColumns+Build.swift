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
    /// same time: first the persons, then every other table, in ranges of rows) and writes them
    /// to a snapshot at `path`, each table as soon as all its rows are read.
    static func build(
        _ store: any PlaceStore, readers: [any PlaceStore], to path: String, contentVersion: String
    ) throws {
        let writer = try SnapshotWriter(path: path)
        let connections = [store] + readers.prefix(1)
        let persons = ColumnPlan(PlaceSchema.persons)
        let personChunks = try read([(persons, try ranges(persons, store))], connections, PersonPositions())
        var directory = SnapshotDirectory()
        let ids = personChunks.flatMap(\.ids)
        let positions = PersonPositions(ids: ids, capacity: ids.count)
        directory.tables.append(try writer.write(persons, personChunks))
        let others = try PlaceSchema.tables.filter { $0.name != "persons" }.map { table in
            let plan = ColumnPlan(table)
            return (plan, try ranges(plan, store))
        }
        let table = Mutex(directory)
        _ = try read(others, connections, positions) { plan, chunks in
            let entry = try writer.write(plan, chunks)
            table.withLock { $0.tables.append(entry) }
        }
        directory = table.withLock { $0 }
        directory.tables.sort { $0.name < $1.name }
        try writer.finish(directory, contentVersion: contentVersion)
    }

    /// The row-id ranges to read `plan`'s table in (one range of nil: the whole table at once, for
    /// tables not keyed by their row id).
    private static func ranges(_ plan: ColumnPlan, _ store: any PlaceStore) throws -> [ClosedRange<Int64>?] {
        let table = plan.table
        guard table.key.count == 1, let key = table.columns.first(where: { $0.name == table.key[0] }),
            case .integer = key.type
        else { return [nil] }
        let bounds = try store.query("SELECT MIN(rowid), MAX(rowid) FROM \(table.name)", [])
        guard case .int(let low) = bounds.first?[0], case .int(let high) = bounds.first?[1] else {
            return [nil]
        }
        return stride(from: low, through: high, by: Int(chunkRows)).map { $0...min($0 + chunkRows - 1, high) }
    }

    /// Reads every range of every table on the connections at once, largest tables first; calls
    /// `done` with a table's chunks, in order, as soon as all of them are read (on the thread that
    /// read the last); returns every chunk when `done` is not given.
    @discardableResult
    private static func read(
        _ tables: [(ColumnPlan, [ClosedRange<Int64>?])], _ connections: [any PlaceStore],
        _ positions: PersonPositions,
        done: (@Sendable (ColumnPlan, [TableChunk]) throws -> Void)? = nil
    ) throws -> [TableChunk] {
        let order = tables.indices.sorted { tables[$0].1.count > tables[$1].1.count }
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
                    chunks.set(k, try TableChunk(plan, connections[worker], ranges[r], positions: positions))
                    let finished = left.withLock {
                        $0[t] -= 1
                        return $0[t] == 0
                    }
                    guard finished, let done else { continue }
                    let slots = firstSlot[t]!..<(firstSlot[t]! + ranges.count)
                    try done(plan, chunks.take(slots))
                } catch {
                    failure.set(0, error)
                    chunks.stop()
                }
            }
        }
        if let error = failure.values.first { throw error }
        return chunks.values
    }
}
