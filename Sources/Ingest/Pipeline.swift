import Foundation

/// Runs a producer on its own thread feeding a consumer on the calling thread, through a bounded
/// queue: generating or parsing overlaps with writing to the store.
public enum Pipeline {
    /// Calls `produce` on a new thread with a `send` function (which returns false once the consumer
    /// has stopped), and `consume` here for each item, in order. Returns when both are done; a
    /// consumer error stops the producer and is rethrown.
    public static func run<Item: Sendable>(
        capacity: Int, produce: @escaping @Sendable (_ send: (Item) -> Bool) -> Void,
        consume: (Item) throws -> Void
    ) throws {
        let channel = BatchChannel<Item>(capacity: capacity)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            produce { channel.send($0) }
            channel.finish()
            done.signal()
        }
        thread.stackSize = 1 << 24
        thread.start()
        defer { done.wait() }
        do {
            while let item = channel.receive() { try consume(item) }
        } catch {
            channel.cancel()
            throw error
        }
    }
}
