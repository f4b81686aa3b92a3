import Foundation
import PlaceModel
import PlacePack

extension SynthCalendar {
    /// Reads `calendar:` of `synthesis.yaml` (absent: every day alike) for the study `years`.
    static func read(_ node: PackNode?, years: ClosedRange<Int>) throws -> (
        SynthCalendar, weekendDelay: Double
    ) {
        var shapes: [Kind: Shape] = [:]
        var delay = 0.0
        if let node {
            _ = try node.required("source").string()
            delay = try node.optional("weekend_discharges_delayed")?.double() ?? 0
            for kind in Kind.allCases {
                guard let entry = try node.optional(kind.rawValue) else { continue }
                var shape = Shape()
                shape.winterPeak = try entry.optional("winter_peak")?.double() ?? 0
                if let weekday = try entry.optional("weekday") {
                    shape.weekday = try weekday.doubles()
                    guard shape.weekday.count == 7, shape.weekday.allSatisfy({ $0 >= 0 }),
                        shape.weekday.contains(where: { $0 > 0 })
                    else { throw weekday.fail(.outOfRange, "7 weights, Monday to Sunday, not all 0") }
                }
                for (year, value) in try entry.optional("years")?.entries() ?? [] {
                    guard let y = Int(year) else { throw value.fail(.wrongType, "a year such as 2020") }
                    shape.years[y] = try value.double()
                    guard shape.years[y]! > 0 else { throw value.fail(.outOfRange, "a multiplier above 0") }
                }
                for (year, value) in try entry.optional("months")?.entries() ?? [] {
                    guard let y = Int(year) else { throw value.fail(.wrongType, "a year such as 2020") }
                    let months = try value.doubles()
                    guard months.count == 12, months.allSatisfy({ $0 > 0 }) else {
                        throw value.fail(.outOfRange, "12 positive weights, January to December")
                    }
                    shape.months[y] = months
                }
                shapes[kind] = shape
            }
        }
        let calendar = SynthCalendar(
            shapes: shapes, from: CivilDate(year: years.lowerBound, month: 1, day: 1)!,
            to: CivilDate(year: years.upperBound, month: 12, day: 31)!)
        return (calendar, delay)
    }
}
