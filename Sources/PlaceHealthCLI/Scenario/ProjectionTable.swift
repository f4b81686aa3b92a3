import Foundation
import Scenarios

/// A population projection as the CLI prints it: every figure rounded to the nearest 10 people.
struct ProjectionTable {
    let projection: PopulationProjection
    let assumptions: ProjectionAssumptions
    let synthetic: Bool

    /// The broad age groups of the summary table.
    static let groups: [(label: String, ages: ClosedRange<Int>)] = [
        ("0-17", 0...17), ("18-64", 18...64), ("65-84", 65...84), ("85+", 85...200),
    ]
    static let summaryHeader = ["year", "area", "total"] + groups.map(\.label) + ["change since baseline"]
    static let bandHeader = ["year", "area", "sex", "age", "population"]

    /// A figure rounded to the nearest 10.
    static func rounded(_ value: Double) -> Int { Int((value / 10).rounded()) * 10 }

    var title: String {
        let scale = assumptions.scale(of: projection.variant) ?? 1
        return """
            Population projection from 1 July \(projection.baseline)\(synthetic ? " — SYNTHETIC data" : "")
            Variant \(projection.variant) (net migration × \(scale)\(assumptions.assumed ? ", assumed" : "")); \
            rates from the store's records of \(projection.rateYears.lowerBound)-\(projection.rateYears.upperBound); \
            figures rounded to the nearest 10
            """
    }

    private func years() -> [(year: Int, grid: PopulationGrid)] {
        projection.years.enumerated().map { (projection.baseline + $0, $1) }
    }

    func summaryRows() -> [[String]] {
        let first = projection.years[0]
        return years().flatMap { year, grid in
            grid.areas.indices.map { area in
                let total = grid.total(area: area)
                let base = first.total(area: area)
                let change = base > 0 ? String(format: "%+.1f%%", (total / base - 1) * 100) : ""
                return [String(year), grid.areas[area], String(Self.rounded(total))]
                    + Self.groups.map { String(Self.rounded(grid.total(area: area, ages: $0.ages))) } + [
                        change
                    ]
            }
        }
    }

    /// Five-year age bands, the last open-ended.
    private var bands: [(label: String, ages: ClosedRange<Int>)] {
        let oldest = assumptions.oldestAge
        return stride(from: 0, to: oldest, by: 5).map { start in
            let end = min(start + 4, oldest - 1)
            return ("\(start)-\(end)", start...end)
        } + [("\(oldest)+", oldest...oldest)]
    }

    /// Every year's population by area, sex and five-year band, rounded.
    func bandFigures() -> [Document.Row] {
        years().flatMap { year, grid in
            grid.areas.indices.flatMap { area in
                Sex.allCases.flatMap { sex in
                    bands.map { band in
                        Document.Row(
                            year: year, area: grid.areas[area], sex: sex.code, age: band.label,
                            population: Self.rounded(grid.total(area: area, sex: sex, ages: band.ages)))
                    }
                }
            }
        }
    }

    /// ``bandFigures()`` as CSV fields.
    func bandRows() -> [[String]] {
        bandFigures().map { [String($0.year), $0.area, $0.sex, $0.age, String($0.population)] }
    }

    /// The JSON document: the title's facts and the rows by band.
    struct Document: Encodable {
        let synthetic: Bool
        let baseline: Int
        let variant: String
        let migrationScale: Double
        let assumed: Bool
        let rateYears: [Int]
        let rounding: Int
        let rows: [Row]
        struct Row: Encodable {
            let year: Int
            let area: String
            let sex: String
            let age: String
            let population: Int
        }
    }

    func document() -> Document {
        Document(
            synthetic: synthetic, baseline: projection.baseline, variant: projection.variant,
            migrationScale: assumptions.scale(of: projection.variant) ?? 1, assumed: assumptions.assumed,
            rateYears: [projection.rateYears.lowerBound, projection.rateYears.upperBound], rounding: 10,
            rows: bandFigures())
    }
}
