/// One column's values, read-only, in storage that a snapshot maps into memory or that was built in
/// memory; indexable like an array, with no copy made.
public struct ColumnBuffer<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    @usableFromInline let pointer: UnsafePointer<Element>
    private let storage: AnyObject?
    /// Number of values.
    public let count: Int

    init(_ storage: ColumnStorage, offset: Int, count: Int) {
        pointer = (storage.base + offset).assumingMemoryBound(to: Element.self)
        self.storage = storage
        self.count = count
    }

    /// A column holding a copy of `values` (for a model built in memory, as in tests).
    public init(_ values: [Element]) {
        let storage = values.withUnsafeBytes { ColumnStorage(copying: $0) }
        self.init(storage, offset: 0, count: values.count)
    }

    /// An empty column.
    public init() { self.init([]) }

    /// The first index, 0.
    @inlinable public var startIndex: Int { 0 }
    /// One past the last index.
    @inlinable public var endIndex: Int { count }

    /// The value at `i`.
    @inlinable @inline(__always)
    public subscript(i: Int) -> Element { pointer[i] }

    /// The values as a buffer, for tight loops (valid while this column is held).
    @inlinable
    public var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: pointer, count: count) }

    /// The values mapped through `transform`, in order (through the buffer, so that the loop is
    /// specialised for the element type).
    @inlinable
    public func map<T>(_ transform: (Element) throws -> T) rethrows -> [T] { try buffer.map(transform) }
}
