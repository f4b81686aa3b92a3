import Foundation
import Statistics

/// Runs `body` on contiguous chunks of `0..<count` on several threads at once, and returns the
/// chunks' results in order. The chunks do not depend on the number of threads.
func inParallel<T: Sendable>(count: Int, chunkSize: Int = 32_768, _ body: @Sendable (Range<Int>) -> T) -> [T]
{
    let chunks = stride(from: 0, to: count, by: chunkSize).map { $0..<min($0 + chunkSize, count) }
    let slots = ParallelSlots<T>(count: chunks.count)
    DispatchQueue.concurrentPerform(iterations: chunks.count) { k in slots.set(k, body(chunks[k])) }
    return slots.values
}
