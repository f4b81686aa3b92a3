import Statistics
import Foundation
import PlaceModel
import PlacePack
import Store

extension IndicatorEngine {
    /// Counts every selection the definitions need on `threads` threads (largest passes first), so
    /// that ``compute(_:)`` then only rolls them up. With `analyse`, each definition's index is
    /// handed to it on one of the threads as soon as every count that definition reads is done,
    /// while the other counts go on. Returns when the last count ended.
    @discardableResult
    public func prepare(
        _ definitions: [IndicatorDefinition], threads: Int, analyse: (@Sendable (Int) -> Void)? = nil
    ) throws -> Date {
        let entered = Date()
        var population: [CountPlan] = []
        var byTable: [String: [CountPlan]] = [:]
        var seen = Set<CountPlan>()
        for definition in definitions where definition.method != .aggregate {
            for plan in try CountPlan.plans(definition) {
                guard seen.insert(plan).inserted, !cache.contains(plan) else { continue }
                if let table = plan.table {
                    byTable[table, default: []].append(plan)
                } else {
                    population.append(plan)
                }
            }
        }
        // Work items: one pass over each table for all its plans, and each population count; biggest first.
        // On a large table the plans whose counts add up (no distinct persons, no latest record, no
        // per-person squares: a person's records may be on both sides of a split) are split by rows into one share per thread, whose counts are added together; the others
        // make one pass of their own.
        var items: [(requests: [CountPlan], cost: Int, rows: Range<Int>?)] = []
        for (table, requests) in byTable {
            let rows = persons.columns.table(table).count
            let additive = requests.filter(\.additive)
            let whole = requests.filter { !$0.additive }
            if !additive.isEmpty, threads > 1, rows > 200_000 {
                let step = rows / threads + 1
                for start in stride(from: 0, to: rows, by: step) {
                    items.append(
                        (additive, rows * (4 + additive.count) / threads, start..<min(start + step, rows)))
                }
                if !whole.isEmpty { items.append((whole, rows * (4 + whole.count), nil)) }
            } else {
                items.append((requests, rows * (4 + requests.count), nil))
            }
        }
        for request in population { items.append(([request], persons.birth.count * years.count, nil)) }
        items.sort { $0.cost > $1.cost }
        let planned = Date()
        let byAge = residentsByAge(population)
        let work = items
        let needs =
            analyse == nil
            ? [] : definitions.map { $0.method == .aggregate ? [] : (try? CountPlan.plans($0)) ?? [] }
        let schedule = CountSchedule(passes: work.map(\.requests), needs: needs)
        let failure = ParallelSlots<any Error>(count: 1)
        let profile = ProcessInfo.processInfo.environment["PLACEHEALTH_PROFILE"] != nil
        let start = Date()
        if profile {
            FileHandle.standardError.write(
                Data(
                    String(
                        format: "%.3f s planned, %.3f s residents by age\n",
                        planned.timeIntervalSince(entered),
                        start.timeIntervalSince(planned)
                    ).utf8))
        }
        DispatchQueue.concurrentPerform(iterations: threads) { w in
            while let task = schedule.next() {
                guard case .count(let next) = task else {
                    if case .analyse(let k) = task { analyse?(k) }
                    continue
                }
                let requests = work[next].requests
                let periods = IndicatorPeriods(requests[0].period, years: years)
                var counter = SelectionCounter(persons: persons, layout: layout, periods: periods)
                counter.residents = byAge[requests[0].period == .financialYear]
                do {
                    let began = Date()
                    let counted =
                        requests[0].source == .residents
                        ? [try counter.count(requests[0])]
                        : try counter.records(requests, rows: work[next].rows)
                    for (plan, counts) in zip(requests, counted) { cache.accumulate(plan, counts) }
                    schedule.counted(next)
                    if profile {
                        let what =
                            requests[0].table.map { "\($0) (\(requests.count) plans)" }
                            ?? "residents"
                        FileHandle.standardError.write(
                            Data(
                                String(
                                    format: "%.3f s %@ (thread %d, from %.3f s)\n",
                                    Date().timeIntervalSince(began),
                                    what, w, began.timeIntervalSince(start)
                                ).utf8))
                    }
                } catch {
                    failure.set(0, error)
                    schedule.stop()
                }
            }
        }
        if let error = failure.values.first { throw error }
        return schedule.finished ?? Date()
    }

    /// Residents by age, once per kind of base year, for population selections with only an age range.
    private func residentsByAge(_ plans: [CountPlan]) -> [Bool: ResidentsByAge] {
        var residents: [Bool: ResidentsByAge] = [:]
        for plan in plans {
            guard plan.person.isEmpty, plan.register == nil else { continue }
            let financial = plan.period == .financialYear
            if residents[financial] == nil {
                residents[financial] = ResidentsByAge(
                    persons: persons, layout: layout, periods: IndicatorPeriods(plan.period, years: years))
            }
        }
        return residents
    }
}
