import ArgumentParser
import Engine
import Foundation
import PlacePack

/// `placehealth calibrate`: the calibration report of a synthetic store.
struct CalibrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Compare the SYNTHETIC place in a store with the published figures it is calibrated to.",
        discussion: """
            Prints every target of the pack's calibration.yaml: its published value (scaled to the \
            synthetic population for counts), the synthetic value and whether it is within tolerance. \
            Exits with status 1 if any target fails.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions

    func run() async throws {
        let calibration = try Calibration(store: store.open(), pack: pack.load())
        let results = try calibration.run()
        print(CalibrationTable.render(results))
        if let persons = try store.open().dataset()["persons_requested"].flatMap(Int.init),
            calibration.samplingAllowance(persons: persons) > 1
        {
            let factor = String(format: "%.2f", calibration.samplingAllowance(persons: persons))
            print(
                "Scaled-down place (\(grouped(persons)) persons): tolerances widened x\(factor) for sampling error."
            )
        }
        let failed = results.filter { !$0.passed }
        print(
            "\(results.count - failed.count) of \(results.count) targets within tolerance (SYNTHETIC data).")
        if !failed.isEmpty { throw ExitCode(1) }
    }
}

/// Renders calibration results as a text table.
enum CalibrationTable {
    static func render(_ results: [CalibrationResult]) -> String {
        let idWidth = max(40, (results.map(\.target.id.count).max() ?? 0) + 2)
        var lines = [
            pad("target", idWidth) + pad("period", 14) + pad("published", 12, right: true)
                + pad("synthetic", 14, right: true)
                + "  tolerance        result"
        ]
        for result in results {
            let synthetic = result.synthetic.map { format($0) } ?? "not measured"
            lines.append(
                pad(result.target.id, idWidth) + pad(result.target.period, 14)
                    + pad(format(result.expected), 12, right: true)
                    + pad(synthetic, 14, right: true) + "  " + pad(describe(result.tolerance), 16)
                    + " " + (result.passed ? "pass" : "FAIL"))
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ tolerance: Tolerance) -> String {
        switch tolerance {
        case .relative(let fraction): return String(format: "±%.1f%%", fraction * 100)
        case .absolute(let amount): return String(format: "±%.2f", amount)
        }
    }

    static func format(_ value: Double) -> String {
        abs(value) >= 1000 ? grouped(Int(value.rounded())) : String(format: "%.2f", value)
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
