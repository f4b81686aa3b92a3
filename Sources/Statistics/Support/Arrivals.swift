import Foundation

/// Values made on other threads, slot by slot, taken by one thread that waits for them: so that the
/// results of one indicator are stored while others are still being worked out, or the columns of
/// one table written while others are still being read. Not part of the statistics product
/// (`package` access).
package final class Arrivals<T>: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [T?]
    private var failure: (any Error)?
    /// The filled slots not taken yet, in the order they were filled.
    private var waiting: [Int] = []

    /// `count` empty slots.
    package init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Fills slot `index`.
    package func put(_ index: Int, _ value: T) {
        condition.lock()
        slots[index] = value
        waiting.append(index)
        condition.broadcast()
        condition.unlock()
    }

    /// Says that the slots not filled yet never will be, because of `error`.
    package func fail(_ error: any Error) {
        condition.lock()
        if failure == nil { failure = error }
        condition.broadcast()
        condition.unlock()
    }

    /// The value of slot `index`, left in its slot for others, waiting until it is filled; throws
    /// the failure if one came first.
    package func value(_ index: Int) throws -> T { try value(index, emptying: false) }

    /// The value of slot `index` (emptying it), waiting until it is filled; throws the failure if
    /// one came first.
    package func take(_ index: Int) throws -> T { try value(index, emptying: true) }

    private func value(_ index: Int, emptying: Bool) throws -> T {
        condition.lock()
        defer { condition.unlock() }
        while slots[index] == nil {
            if let failure { throw failure }
            condition.wait()
        }
        let value = slots[index]!
        if emptying {
            slots[index] = nil
            waiting.removeAll { $0 == index }
        }
        return value
    }

    /// The slot filled first of those not taken yet, and its value (emptying it), waiting until
    /// one is filled; throws the failure if one came first.
    package func takeNext() throws -> (index: Int, value: T) {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty {
            if let failure { throw failure }
            condition.wait()
        }
        let index = waiting.removeFirst()
        defer { slots[index] = nil }
        return (index, slots[index]!)
    }
}
