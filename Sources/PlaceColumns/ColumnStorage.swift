#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes that hold columns: a file mapped read-only into memory, or an image built in memory.
/// Columns keep their storage alive; nothing in it is ever written once it is made.
final class ColumnStorage: @unchecked Sendable {
    /// The first byte.
    let base: UnsafeRawPointer
    /// Number of bytes.
    let count: Int
    private let mapped: Bool

    /// Maps the file at `path` read-only; nil when it cannot be opened or mapped.
    init?(mapping path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else {
            return nil
        }
        base = UnsafeRawPointer(address)
        count = size
        mapped = true
    }

    /// Takes a copy of `bytes`, aligned for any column type.
    init(copying bytes: UnsafeRawBufferPointer) {
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        if let source = bytes.baseAddress { buffer.copyMemory(from: source, byteCount: bytes.count) }
        base = UnsafeRawPointer(buffer)
        count = bytes.count
        mapped = false
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }
}
