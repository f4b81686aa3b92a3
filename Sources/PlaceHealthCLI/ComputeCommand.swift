import ArgumentParser
import Engine
import Foundation

/// `placehealth compute`: computes every indicator of the pack and stores the results.
struct ComputeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compute",
        abstract:
            "Compute every indicator of the pack for every period, breakdown and area, and store the results.",
        discussion: "Run it again after a new load: earlier results are replaced in one transaction.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions

    func run() async throws {
        let set = try pack.load().indicators()
        let line = ProgressLine()
        let began = Date()
        let count = try IndicatorComputation(store: store.open(), set: set).run { done, total, id in
            line.show(
                "compute: \(done)/\(total) indicators\(id.isEmpty ? "" : " (\(id))")", force: done == total)
        }
        line.finish()
        let seconds = Date().timeIntervalSince(began)
        print(
            "\(grouped(count)) results of \(set.indicators.count) indicators stored in "
                + String(format: "%.1f s (%.0f results/s).", seconds, Double(count) / seconds))
    }
}
