import Foundation
import PlacePack
import Store

extension IndicatorEngine {
    /// Counts every selection the definitions need, spread over `readers` (one thread and store
    /// connection each, largest tables first), so that ``compute(_:)`` then only rolls them up.
    public func prepare(_ definitions: [IndicatorDefinition], readers: [any PlaceStore]) throws {
        var work: [(request: CountRequest, cost: Int)] = []
        var seen = Set<String>()
        var tableRows: [String: Int] = [:]
        for definition in definitions where definition.method != .aggregate {
            for request in try CountRequest.requests(definition) {
                guard seen.insert(request.key).inserted, !cache.contains(request.key) else { continue }
                var cost = persons.birth.count * years.count
                if let table = request.selection.table {
                    if tableRows[table] == nil {
                        tableRows[table] = try store.query("SELECT COUNT(*) FROM \(table)", []).first?[0].number.map(Int.init) ?? 0
                    }
                    cost = 4 * (tableRows[table] ?? 0)
                }
                work.append((request, cost))
            }
        }
        let items = work.sorted { $0.cost > $1.cost }
        // Residents by age, once per kind of base year, for the population selections with only an age range.
        var residents: [Bool: ResidentsByAge] = [:]
        for item in items {
            let (selection, period) = (item.request.selection, item.request.period)
            guard selection.isPopulation, selection.person.isEmpty, selection.register == nil else { continue }
            let financial = period == .financialYear
            if residents[financial] == nil {
                residents[financial] = ResidentsByAge(
                    persons: persons, layout: layout, periods: IndicatorPeriods(period, years: years))
            }
        }
        let byAge = residents
        let queue = WorkQueue(count: items.count)
        let failure = Slots<any Error>(count: 1)
        DispatchQueue.concurrentPerform(iterations: readers.count) { w in
            while let next = queue.next() {
                let item = items[next]
                let periods = IndicatorPeriods(item.request.period, years: years)
                var counter = SelectionCounter(store: readers[w], persons: persons, layout: layout, periods: periods)
                counter.residents = byAge[item.request.period == .financialYear]
                do {
                    let began = Date()
                    cache.store(item.request.key, try counter.count(item.request))
                    if ProcessInfo.processInfo.environment["PLACEHEALTH_PROFILE"] != nil {
                        FileHandle.standardError.write(Data(String(format: "%.3f s %@\n", Date().timeIntervalSince(began), item.request.key).utf8))
                    }
                } catch {
                    failure.set(0, error)
                    queue.stop()
                }
            }
        }
        if let error = failure.values.first { throw error }
    }
}

/// Hands out indices 0..<count to concurrent workers, once each.
final class WorkQueue: @unchecked Sendable {
    private var position = 0
    private let count: Int
    private let lock = NSLock()

    init(count: Int) { self.count = count }

    /// The next index, or nil when all are taken.
    func next() -> Int? {
        lock.withLock {
            guard position < count else { return nil }
            position += 1
            return position - 1
        }
    }

    /// Hands out no more.
    func stop() { lock.withLock { position = count } }
}
