import Foundation
import Synchronization

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

    /// Appends every column of `table` (one table at a time, from any thread); returns its entry.
    func write(_ table: GrowingTable) throws -> SnapshotDirectory.Table {
        try lock.withLock { _ in
            SnapshotDirectory.Table(
                name: table.name, count: table.count,
                columns: try table.columns.map { name, grower in try grower.write(name, to: self) })
        }
    }

    /// Appends `values` as one section; returns its offset.
    func append<T: BitwiseCopyable>(_ values: [T]) throws -> Int {
        let start = offset
        try values.withUnsafeBytes { try write($0) }
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
            length: UInt64(offset), checksum: SnapshotHeader.checksum(body),
            directoryOffset: UInt64(directoryOffset), directoryLength: UInt64(json.count),
            contentVersion: contentVersion)
        let bytes = header.bytes
        guard bytes.withUnsafeBytes({ pwrite(fd, $0.baseAddress, $0.count, 0) }) == bytes.count,
            fsync(fd) == 0, rename(temporary, path) == 0
        else {
            throw ColumnsError.cannotWrite(path, String(cString: strerror(errno)))
        }
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
