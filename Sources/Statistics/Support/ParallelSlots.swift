import Synchronization

/// Results filled in by concurrent workers, one slot each, and an optional queue of the slots left
/// to work on: the one helper every engine uses with `DispatchQueue.concurrentPerform` or threads.
/// Every access holds one `Mutex`. Not part of the statistics product (`package` access).
package final class ParallelSlots<T>: @unchecked Sendable {
    private let lock = Mutex(())
    private var slots: [T?]
    private var next = 0

    /// `count` empty slots.
    package init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Fills slot `index`.
    package func set(_ index: Int, _ value: T) { lock.withLock { _ in slots[index] = value } }

    /// The next slot no worker has taken yet, if any is left (for workers that pull their work).
    package func take() -> Int? {
        lock.withLock { _ in
            guard next < slots.count else { return nil }
            next += 1
            return next - 1
        }
    }

    /// Hands out no more slots to workers (after a failure).
    package func stop() { lock.withLock { _ in next = slots.count } }

    /// Empties the slots in `range` and returns what they held, in order.
    package func take(_ range: Range<Int>) -> [T] {
        lock.withLock { _ in
            defer { for i in range { slots[i] = nil } }
            return range.compactMap { slots[$0] }
        }
    }

    /// The filled slots, in order.
    package var values: [T] { lock.withLock { _ in slots.compactMap { $0 } } }
}
