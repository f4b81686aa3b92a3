import Foundation

/// The work of one computation on several threads: the count passes, biggest first, and each
/// indicator's analysis as soon as every pass it needs is done, so that no thread waits while
/// another finishes a long pass. Shared by the workers of ``IndicatorEngine/prepare(_:threads:analyse:)``;
/// every access holds one condition lock.
final class CountSchedule: @unchecked Sendable {
    /// What a worker does next.
    enum Task: Equatable {
        case count(Int)
        case analyse(Int)
    }

    private let condition = NSCondition()
    private let passes: [[CountPlan]]
    private var nextPass = 0
    private var passesLeft: Int
    /// For each plan still being counted, the passes left that count a share of it.
    private var sharesLeft: [CountPlan: Int] = [:]
    /// For each such plan, the indicators waiting for it.
    private var users: [CountPlan: [Int]] = [:]
    /// For each indicator, the plans it still waits for.
    private var waiting: [Int]
    private var ready: [Int] = []
    private var handedOut = 0
    private var stopped = false
    /// When the last pass ended (read through ``finished``).
    private var countedAt: Date?

    /// `passes`: the plans each pass counts; `needs`: the plans each indicator's analysis reads.
    init(passes: [[CountPlan]], needs: [[CountPlan]]) {
        self.passes = passes
        passesLeft = passes.count
        for pass in passes { for plan in pass { sharesLeft[plan, default: 0] += 1 } }
        waiting = Array(repeating: 0, count: needs.count)
        for (indicator, plans) in needs.enumerated() {
            for plan in Set(plans) where sharesLeft[plan] != nil {
                users[plan, default: []].append(indicator)
                waiting[indicator] += 1
            }
            if waiting[indicator] == 0 { ready.append(indicator) }
        }
        if passes.isEmpty { countedAt = Date() }
    }

    /// The next task: a pass while any is left, then an indicator whose counts are all done
    /// (waiting for one while passes are still running); nil when nothing is left or after ``stop()``.
    func next() -> Task? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if stopped { return nil }
            if nextPass < passes.count {
                nextPass += 1
                return .count(nextPass - 1)
            }
            if !ready.isEmpty {
                handedOut += 1
                return .analyse(ready.removeFirst())
            }
            if handedOut == waiting.count { return nil }
            condition.wait()
        }
    }

    /// Pass `pass` is done: the indicators that waited only for it become ready.
    func counted(_ pass: Int) {
        condition.lock()
        defer { condition.unlock() }
        for plan in passes[pass] {
            sharesLeft[plan]! -= 1
            guard sharesLeft[plan] == 0 else { continue }
            for indicator in users[plan] ?? [] {
                waiting[indicator] -= 1
                if waiting[indicator] == 0 { ready.append(indicator) }
            }
        }
        passesLeft -= 1
        if passesLeft == 0 { countedAt = Date() }
        condition.broadcast()
    }

    /// Hands out nothing more (after a failure).
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// When the last pass ended (read after the workers are done).
    var finished: Date? {
        condition.lock()
        defer { condition.unlock() }
        return countedAt
    }
}
