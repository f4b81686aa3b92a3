import Foundation

/// Results filled in by concurrent workers, one slot each (for `DispatchQueue.concurrentPerform`).
final class Slots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Fills slot `index`.
    func set(_ index: Int, _ value: T) { lock.withLock { slots[index] = value } }

    /// The filled slots, in order.
    var values: [T] { lock.withLock { slots.compactMap { $0 } } }
}
