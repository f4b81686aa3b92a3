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

    @Flag(
        help:
            "Print how long each phase took (to standard error): read (the columnar model, from its snapshot or the store), count, statistics, store."
    )
    var timings = false

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
        // The disclosure control of each indicator is solved as soon as its results are worked out,
        // beside the others, on the results as they are stored (docs/disclosure.md).
        let control = noDisclosureCheck ? nil : try DisclosureTally(opened, set)
        var analysed: (@Sendable (IndicatorDefinition, [IndicatorResult]) -> Void)?
        if let control { analysed = { _, results in control.solve(results) } }
        let count = try IndicatorComputation(store: opened, set: set).run(
            progress: { done, total, id in
                let which = id.isEmpty ? "" : " (\(id))"
                line.show("compute: \(done)/\(total) indicators\(which)", force: done == total)
            },
            analysed: analysed,
            phase: { name, seconds in
                guard timings else { return }
                FileHandle.standardError.write(
                    Data(String(format: "time %@ %.1f ms\n", name, seconds * 1000).utf8))
            })
        line.finish()
        let seconds = Date().timeIntervalSince(began)
        print(
            "\(grouped(count)) results of \(set.indicators.count) indicators stored in "
                + String(format: "%.1f s (%.0f results/s).", seconds, Double(count) / seconds))
        guard let found = control?.result else { return }
        print(
            "Disclosure control: \(grouped(found.withheld)) results withheld"
                + (found.exposed == 0
                    ? ", none determined or narrowly bounded by the published ones"
                    : "; WARNING: \(found.exposed) could not be protected (run audit-disclosure)")
                + (found.ruleOnly > 0
                    ? " (\(found.ruleOnly) indicators of sums checked by the rule only)" : "")
                + String(format: "; %.1f s of the threads' time, beside the computation.", found.seconds))
    }
}
