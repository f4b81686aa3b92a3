import ArgumentParser
import Engine
import Foundation
import PlacePack
import Publication
import Statistics
import Store

/// `placehealth compute`: computes every indicator of the pack and stores the results.
struct ComputeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compute",
        abstract:
            "Compute every indicator of the pack for every period, breakdown and area, and store the results.",
        discussion: "Run it again after a new load: earlier results are replaced in one transaction.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions

    @Option(
        name: .customLong("only"), parsing: .upToNextOption,
        help: "Compute only these indicator ids (for example to benchmark a few); the default is all.")
    var only: [String] = []

    @Flag(
        help:
            "Do not solve the disclosure control after computing (it is solved again whenever results are published; for benchmarks)."
    )
    var noDisclosureCheck = false

    func run() async throws {
        var set = try pack.load().indicators()
        if !only.isEmpty {
            let unknown = only.filter { set.indicator($0) == nil }
            guard unknown.isEmpty else {
                throw ValidationError(
                    "--only: no indicator \(unknown.joined(separator: ", ")) in the pack; the ids are in the pack's indicators.yaml."
                )
            }
            set = IndicatorSet(
                suppressionThreshold: set.suppressionThreshold,
                indicators: set.indicators.filter { only.contains($0.id) })
        }
        let line = ProgressLine()
        let began = Date()
        let opened = try store.open()
        let count = try IndicatorComputation(store: opened, set: set).run { done, total, id in
            line.show(
                "compute: \(done)/\(total) indicators\(id.isEmpty ? "" : " (\(id))")", force: done == total)
        }
        line.finish()
        let seconds = Date().timeIntervalSince(began)
        print(
            "\(grouped(count)) results of \(set.indicators.count) indicators stored in "
                + String(format: "%.1f s (%.0f results/s).", seconds, Double(count) / seconds))
        if !noDisclosureCheck { try disclose(opened, set) }
    }

    /// Solves the disclosure control of every indicator's results as they will be published, and
    /// says how much is withheld and whether the exact analysis proved it (docs/disclosure.md).
    private func disclose(_ opened: SQLiteStore, _ set: IndicatorSet) throws {
        let began = Date()
        let parents = try PublishedResults(store: opened, set: set).parents
        let reader = IndicatorResults(store: opened)
        let indicators = set.indicators
        let slots = ParallelSlots<Result<DisclosureControl.Outcome, any Error>>(count: indicators.count)
        DispatchQueue.concurrentPerform(iterations: indicators.count) { k in
            slots.set(
                k,
                Result {
                    IndicatorDisclosure.solve(
                        try reader.results(indicator: indicators[k].id), threshold: set.suppressionThreshold,
                        parents: parents)
                })
        }
        var (withheld, exposed, ruleOnly) = (0, 0, 0)
        for result in slots.values {
            let outcome = try result.get()
            withheld += outcome.withheld.filter { $0 }.count
            exposed += outcome.exposed.count
            if !outcome.proven { ruleOnly += 1 }
        }
        let seconds = Date().timeIntervalSince(began)
        print(
            "Disclosure control: \(grouped(withheld)) results withheld"
                + (exposed == 0
                    ? ", none determined or narrowly bounded by the published ones"
                    : "; WARNING: \(exposed) could not be protected (run audit-disclosure)")
                + (ruleOnly > 0 ? " (\(ruleOnly) indicators of sums checked by the rule only)" : "")
                + String(format: "; %.1f s.", seconds))
    }
}
