import Foundation
import Synchronization

/// Rendered responses by request, shared by every connection. A miss renders once (concurrent
/// requests for the same key wait for the same work, on a thread outside the server's event loops);
/// failures are not kept. Everything is dropped when the results change (``clear()``) or when the
/// cache holds more than `limit` bytes.
final class ResponseCache: Sendable {
    private struct State {
        var entries: [String: Task<Rendered, any Error>] = [:]
        var bytes = 0

        mutating func clear() {
            entries.removeAll()
            bytes = 0
        }
    }

    private let state = Mutex(State())
    private let limit: Int
    private static let queue = DispatchQueue(label: "placehealth.dashboard.render", attributes: .concurrent)

    /// A cache holding at most `limit` bytes of bodies.
    init(limit: Int = 256 << 20) { self.limit = limit }

    /// The cached response for `key`, or `render`'s, kept if it succeeds.
    func value(_ key: String, render: @escaping @Sendable () throws -> Rendered) async throws -> Rendered {
        let (task, created): (Task<Rendered, any Error>, Bool) = state.withLock { state in
            if let existing = state.entries[key] { return (existing, false) }
            let task = Task { try await Self.offload(render) }
            state.entries[key] = task
            return (task, true)
        }
        do {
            let rendered = try await task.value
            guard created else { return rendered }
            state.withLock { state in
                state.bytes += rendered.body.readableBytes
                if state.bytes > limit { state.clear() }
            }
            return rendered
        } catch {
            state.withLock { state in
                if state.entries[key] == task { state.entries[key] = nil }
            }
            throw error
        }
    }

    /// Drops every entry.
    func clear() {
        state.withLock { $0.clear() }
    }

    /// How many responses are kept.
    var count: Int { state.withLock { $0.entries.count } }

    /// Runs blocking work (store reads, rendering) off the server's threads.
    static func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
