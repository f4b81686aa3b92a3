import Foundation
import PlacePack
import Synchronization
import TestSupport
import Testing

@testable import Engine

/// The schedule that works out each indicator as soon as its counts are done (issue 14).
@Suite struct CountScheduleTests {
    @Test func everyIndicatorIsAnalysedOnceAfterEveryPassItReads() throws {
        let definitions = try Repository.leeds.indicators().indicators
        let needs = definitions.map { $0.method == .aggregate ? [] : (try? CountPlan.plans($0)) ?? [] }
        // Passes as the engine makes them: one per table, with each table's first plan also split
        // into a second share (a plan is done only when every share of it is).
        var byTable: [String: [CountPlan]] = [:]
        for plan in Set(needs.flatMap { $0 }) { byTable[plan.table ?? "residents", default: []].append(plan) }
        let passes = byTable.keys.sorted().flatMap { table in [byTable[table]!, [byTable[table]![0]]] }
        let schedule = CountSchedule(passes: passes, needs: needs)
        let log = Mutex<(counted: Set<Int>, analysed: [Int], early: [Int])>(([], [], []))
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            while let task = schedule.next() {
                switch task {
                case .count(let pass):
                    log.withLock { _ = $0.counted.insert(pass) }
                    schedule.counted(pass)
                case .analyse(let indicator):
                    log.withLock { log in
                        let reads = passes.indices.filter {
                            !Set(passes[$0]).isDisjoint(with: needs[indicator])
                        }
                        if !reads.allSatisfy(log.counted.contains) { log.early.append(indicator) }
                        log.analysed.append(indicator)
                    }
                }
            }
        }
        let seen = log.withLock { $0 }
        #expect(seen.counted.count == passes.count)
        #expect(seen.analysed.sorted() == Array(definitions.indices))
        #expect(seen.early.isEmpty, "analysed before their counts: \(seen.early)")
        #expect(schedule.finished != nil)
    }

    @Test func aStoppedScheduleHandsOutNothing() {
        let schedule = CountSchedule(passes: [[], []], needs: [[]])
        #expect(schedule.next() == .count(0))
        schedule.stop()
        #expect(schedule.next() == nil)
    }
}
