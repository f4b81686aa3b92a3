import Foundation
import Synchronization

/// Bounds concurrent password checks. bcrypt is slow on purpose (about 0.25 s of a core each), so
/// at most ``capacity`` run at once, at most ``queue`` more wait their turn, and any beyond are
/// refused at once (``AccessError/busy``) instead of piling up CPU work.
public final class VerificationSlots: Sendable {
    /// Checks run at once.
    public let capacity: Int
    /// Checks waiting at most.
    public let queue: Int
    private let state = Mutex(State())

    private struct State: ~Copyable {
        var running = 0
        var waiting: [CheckedContinuation<Bool, Never>] = []
    }

    /// Slots for `capacity` checks at once (default: the cores) and `queue` waiting.
    public init(capacity: Int = ProcessInfo.processInfo.activeProcessorCount, queue: Int = 32) {
        self.capacity = max(1, capacity)
        self.queue = max(0, queue)
    }

    /// Runs `body` in a slot, waiting for one if needed.
    ///
    /// - Throws: ``AccessError/busy`` when every slot is taken and the queue is full; `body`'s errors.
    public func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        let admitted = await withCheckedContinuation { (turn: CheckedContinuation<Bool, Never>) in
            state.withLock { state in
                if state.running < capacity {
                    state.running += 1
                    turn.resume(returning: true)
                } else if state.waiting.count < queue {
                    state.waiting.append(turn)
                } else {
                    turn.resume(returning: false)
                }
            }
        }
        guard admitted else { throw AccessError.busy }
        defer { release() }
        return try await body()
    }

    /// Checks running or waiting now.
    public var inUse: Int { state.withLock { $0.running + $0.waiting.count } }

    private func release() {
        state.withLock { state in
            if state.waiting.isEmpty {
                state.running -= 1
            } else {
                state.waiting.removeFirst().resume(returning: true)
            }
        }
    }
}
