import Foundation
import Synchronization
import Tabular

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a snapshot file: sections of values, 8-byte aligned, then the directory, then the header
/// with the checksum. It writes beside the final path and renames at the end, so a snapshot that
/// is read is always whole; one left half-written by a crash is never the snapshot.
final class SnapshotWriter: @unchecked Sendable {
    let path: String
    let temporary: String
    private let fd: Int32
    private(set) var offset = 0
    private let lock = Mutex(())

    /// Starts writing the snapshot that will be at `path`.
    init(path: String) throws {
        self.path = path
        temporary = path + ".part-\(getpid())-\(UUID().uuidString.prefix(8))"
        fd = open(temporary, O_RDWR | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw ColumnsError.cannotWrite(path, String(cString: strerror(errno))) }
        try write([UInt8](repeating: 0, count: SnapshotHeader.size))
    }

    deinit {
        close(fd)
        unlink(temporary)
    }

    /// Appends every column of a table read in `chunks` (in row order), from any thread, one table
    /// at a time; returns its directory entry. Each chunk coded text with its own dictionary: the
    /// table's dictionary is the first chunk's, extended by the others', and their codes renumbered.
    /// References to persons are written as the persons' `positions` (-1: empty or not a person).
    func write(
        _ plan: ColumnPlan, _ chunks: [TableChunk], positions: PersonPositions
    ) throws -> SnapshotDirectory.Table {
        // Worked out before taking the lock, so that another table can be written meanwhile.
        let references = (0..<(plan.counts[.persons] ?? 0)).map { s in
            chunks.map { $0.persons[s].map { $0 == .min ? -1 : positions.get($0) ?? -1 } }
        }
        return try lock.withLock { _ in
            let count = chunks.reduce(0) { $0 + $1.count }
            let columns = try plan.entries.map { entry -> SnapshotDirectory.Column in
                let s = entry.slot
                var dictionary: [String]?
                let offset: Int
                switch entry.kind {
                case .days: offset = try append(chunks.map { $0.days[s] })
                case .int32: offset = try append(chunks.map { $0.int32s[s] })
                case .int64: offset = try append(chunks.map { $0.int64s[s] })
                case .reals: offset = try append(chunks.map { $0.reals[s] })
                case .persons: offset = try append(references[s])
                case .codes:
                    var merged = ByteKeyIndex()
                    let parts = chunks.map { chunk -> [UInt32] in
                        let own = chunk.dictionaries[s]
                        let renumber: [UInt32] =
                            [0]
                            + (0..<own.count).map { k in
                                var key = Array(own.key(k).utf8)
                                return key.withUnsafeBufferPointer { UInt32(merged.id(of: $0).id + 1) }
                            }
                        return chunk.codes[s].map { renumber[Int($0)] }
                    }
                    offset = try append(parts)
                    dictionary = (0..<merged.count).map(merged.key)
                }
                return .init(
                    name: entry.column.name, kind: entry.kind, offset: offset, count: count,
                    dictionary: dictionary)
            }
            return SnapshotDirectory.Table(name: plan.table.name, count: count, columns: columns)
        }
    }

    /// Appends `parts` one after another as one section; returns its offset.
    private func append<T: BitwiseCopyable>(_ parts: [[T]]) throws -> Int {
        let start = offset
        for part in parts { try part.withUnsafeBytes { try write($0) } }
        let padding = (8 - offset % 8) % 8
        if padding > 0 { try write([UInt8](repeating: 0, count: padding)) }
        return start
    }

    /// Writes the directory and the header, checks the whole file back, and puts it in place.
    func finish(_ directory: SnapshotDirectory, contentVersion: String) throws {
        let json = try JSONEncoder().encode(directory)
        let directoryOffset = offset
        try write(Array(json))
        let padding = (8 - offset % 8) % 8
        if padding > 0 { try write([UInt8](repeating: 0, count: padding)) }
        guard let mapped = ColumnStorage(mapping: temporary), mapped.count == offset else {
            throw ColumnsError.cannotWrite(path, "the file written could not be read back")
        }
        let body = UnsafeRawBufferPointer(
            start: mapped.base + SnapshotHeader.size, count: offset - SnapshotHeader.size)
        let header = SnapshotHeader(
            length: UInt64(offset), checksum: Self.checksum(body),
            directoryOffset: UInt64(directoryOffset), directoryLength: UInt64(json.count),
            contentVersion: contentVersion)
        // Not synced to disk: the snapshot is derived data, and one torn by a power cut fails its
        // checksum when next opened and is built again.
        let bytes = header.bytes
        guard bytes.withUnsafeBytes({ pwrite(fd, $0.baseAddress, $0.count, 0) }) == bytes.count,
            rename(temporary, path) == 0
        else {
            throw ColumnsError.cannotWrite(path, String(cString: strerror(errno)))
        }
    }

    /// The checksum of `body` (``SnapshotHeader/halves(_:)``), its two halves on two cores.
    private static func checksum(_ body: UnsafeRawBufferPointer) -> UInt64 {
        nonisolated(unsafe) let halves = SnapshotHeader.halves(body)
        let sums = Mutex<[UInt64]>([0, 0])
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            let sum = SnapshotHeader.checksum(half: half == 0 ? halves.0 : halves.1)
            sums.withLock { $0[half] = sum }
        }
        return sums.withLock { SnapshotHeader.combine($0[0], $0[1]) }
    }

    private func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    private func write(_ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            let n = posixWrite(fd, bytes.baseAddress! + done, bytes.count - done)
            guard n > 0 else { throw ColumnsError.cannotWrite(path, String(cString: strerror(errno))) }
            done += n
        }
        offset += bytes.count
    }
}

/// The system's `write(2)` (the writer's own `write` hides it inside the class).
private func posixWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}
