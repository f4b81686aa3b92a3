import Foundation
import Synchronization
import Store

extension PlaceColumns {
    /// The columns of `store`'s current content: mapped from the snapshot beside it when that was
    /// made from this content and is whole, else read from the store (on `readers` too) and written
    /// as a new snapshot. A snapshot that is stale, truncated, corrupt or of another format is never
    /// read: it is rebuilt. `snapshot` overrides where the snapshot lives (nil: beside the store,
    /// or a temporary file for a store that is not a file).
    public static func open(
        _ store: any PlaceStore, readers: [any PlaceStore] = [], snapshot: String? = nil
    ) throws -> PlaceColumns {
        let version = try store.contentVersion()
        let path = snapshot ?? snapshotPath(of: store)
        var reason = "no snapshot"
        if let path {
            switch read(path, contentVersion: version) {
            case .success(let columns): return columns
            case .failure(let why): reason = why.reason
            }
        }
        // Written beside the store if possible, else to a temporary file removed once mapped.
        let target = path.flatMap { FileManager.default.isWritableFile(atPath: directory(of: $0)) ? $0 : nil }
        let file = target ?? NSTemporaryDirectory() + "placehealth-\(UUID().uuidString).columns"
        let positions = try build(store, readers: readers, to: file, contentVersion: version)
        defer { if target == nil { unlink(file) } }
        let origin = Origin.store(path: target, reason: reason)
        switch read(file, contentVersion: version, origin: origin, written: positions) {
        case .success(let columns): return columns
        case .failure(let why): throw ColumnsError.unreadable(store.location, why.reason)
        }
    }

    /// Where the snapshot of `store` lives: beside a store file, with `.columns` added to its name.
    public static func snapshotPath(of store: any PlaceStore) -> String? {
        store.pathBeside(adding: ".columns")
    }

    private static func directory(of path: String) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    /// Why a snapshot was not read.
    struct Unusable: Error {
        let reason: String
    }

    /// Maps the snapshot at `path` if it is whole and of `contentVersion`. `written` is for a
    /// snapshot this process has just written and checked (``SnapshotWriter/finish(_:contentVersion:)``
    /// reads it back): its checksum is not taken again, and its persons' positions are these.
    static func read(
        _ path: String, contentVersion: String, origin: Origin? = nil, written: PersonPositions? = nil
    ) -> Result<PlaceColumns, Unusable> {
        guard let storage = ColumnStorage(mapping: path) else {
            return .failure(Unusable(reason: "no snapshot"))
        }
        let all = UnsafeRawBufferPointer(start: storage.base, count: storage.count)
        guard let header = SnapshotHeader(all) else {
            return .failure(Unusable(reason: "the snapshot is not one this version reads"))
        }
        guard header.contentVersion == contentVersion else {
            return .failure(Unusable(reason: "the store has changed since the snapshot was made"))
        }
        guard header.length == UInt64(storage.count) else {
            return .failure(Unusable(reason: "the snapshot is truncated"))
        }
        let start = Int(header.directoryOffset)
        let end = start + Int(header.directoryLength)
        guard start >= SnapshotHeader.size, end <= storage.count,
            let directory = try? JSONDecoder().decode(
                SnapshotDirectory.self, from: Data(all[start..<end]))
        else {
            return .failure(Unusable(reason: "the snapshot's directory is unreadable"))
        }
        var tables: [String: TableColumns] = [:]
        for table in directory.tables {
            var columns: [String: ColumnValues] = [:]
            for column in table.columns {
                guard column.count == table.count, column.offset >= SnapshotHeader.size,
                    column.offset % 8 == 0,
                    column.offset + column.count * column.kind.width <= start
                else {
                    return .failure(Unusable(reason: "the snapshot's directory is inconsistent"))
                }
                columns[column.name] = ColumnValues(column, storage)
            }
            tables[table.name] = TableColumns(name: table.name, count: table.count, columns: columns)
        }
        let persons = tables["persons"]
        if let written {
            return .success(
                PlaceColumns(
                    contentVersion: contentVersion, tables: tables, origin: origin ?? .snapshot(path: path),
                    positions: written))
        }
        // The checksum of each half of the body, and the persons' positions, on the cores at once:
        // the columns are used only once the checksums match.
        let body = UnsafeRawBufferPointer(rebasing: all[SnapshotHeader.size...])
        // The mapping lives as long as `storage`, which the columns hold, and is only read here.
        nonisolated(unsafe) let halves = SnapshotHeader.halves(body)
        let sums = Mutex<[UInt64]>([0, 0])
        let positions = Mutex<PersonPositions?>(nil)
        withExtendedLifetime(storage) {
            DispatchQueue.concurrentPerform(iterations: 3) { task in
                switch task {
                case 0:
                    let sum = SnapshotHeader.checksum(half: halves.0)
                    sums.withLock { $0[0] = sum }
                case 1:
                    let sum = SnapshotHeader.checksum(half: halves.1)
                    sums.withLock { $0[1] = sum }
                default:
                    let made = PlaceColumns.positions(persons)
                    positions.withLock { $0 = made }
                }
            }
        }
        let sum = sums.withLock { SnapshotHeader.combine($0[0], $0[1]) }
        guard sum == header.checksum else {
            return .failure(Unusable(reason: "the snapshot is corrupt (checksum)"))
        }
        return .success(
            PlaceColumns(
                contentVersion: contentVersion, tables: tables, origin: origin ?? .snapshot(path: path),
                positions: positions.withLock { $0 }))
    }
}

extension ColumnValues {
    /// The values of a directory entry, in `storage`.
    init(_ entry: SnapshotDirectory.Column, _ storage: ColumnStorage) {
        let (offset, count) = (entry.offset, entry.count)
        switch entry.kind {
        case .days: self = .days(ColumnBuffer(storage, offset: offset, count: count))
        case .int32: self = .int32(ColumnBuffer(storage, offset: offset, count: count))
        case .int64: self = .int64(ColumnBuffer(storage, offset: offset, count: count))
        case .reals: self = .reals(ColumnBuffer(storage, offset: offset, count: count))
        case .persons: self = .persons(ColumnBuffer(storage, offset: offset, count: count))
        case .codes:
            self = .codes(
                ColumnBuffer(storage, offset: offset, count: count), dictionary: entry.dictionary ?? [])
        }
    }
}
