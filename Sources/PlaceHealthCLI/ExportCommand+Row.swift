import Publication
import Engine
import Foundation
import PlacePack

extension ExportCommand {
    static let areaTypes = [
        "city": "City", "ward": "Ward", "lcp": "Local Care Partnership", "pcn": "Primary Care Network",
        "practice": "GP practice",
    ]
    static let categoryTypes = [
        "decile": "IMD deciles within the city (1 = most deprived)",
        "deprivation": "Deprived areas (IMD decile 1) and the rest of the city", "ethnicity": "Ethnic groups",
    ]

    /// One exported row.
    static func row(
        _ r: PublishedResult, _ definition: IndicatorDefinition, areas: [String: AreaDirectory.Area],
        city: AreaDirectory.Area
    ) -> [String] {
        let isArea = areaTypes[r.breakdown] != nil
        let area =
            isArea
            ? areas[r.group]
                ?? AreaDirectory.Area(code: r.group, name: r.group, kind: r.breakdown, parent: nil) : city
        let (parentCode, parentName) =
            area.kind == "city" && isArea ? ("E92000001", "England") : (city.code, city.name)
        let sex = r.breakdown == "sex" ? (r.group == "F" ? "Female" : "Male") : "Persons"
        let age = r.breakdown == "age" ? "\(r.group) yrs" : ageRange(definition)
        let categoryType = categoryTypes[r.breakdown] ?? ""
        let category: String
        switch r.breakdown {
        case "decile": category = "Decile \(r.group)"
        case "deprivation":
            category = r.group == "deprived" ? "Deprived areas (decile 1)" : "Rest of \(city.name)"
        case "ethnicity": category = r.group
        default: category = ""
        }
        func n(_ v: Double?) -> String { v.map { String(format: "%.6g", $0) } ?? "" }
        let compared = r.assessment.map { $0.rawValue.capitalized } ?? "Not compared"
        let toEngland =
            r.breakdown == "city" && r.benchmarkLabel?.hasPrefix("England") == true
            ? compared : "Not compared"
        let toCity = r.breakdown == "city" ? "Not compared" : compared
        let start = Period(r.period)?.start.year ?? 0
        let years = Period(r.period).map { Int(($0.years).rounded()) } ?? 1
        return [
            definition.id, definition.name, parentCode, parentName, area.code, area.name,
            areaTypes[area.kind] ?? area.kind, sex, age, categoryType, category, r.period, n(r.value),
            n(r.lower95),
            n(r.upper95), n(r.lower998), n(r.upper998),
            r.suppressed || r.denominator == nil ? "" : n(r.numerator),
            r.suppressed ? "" : n(r.denominator),
            r.suppressed ? "Value suppressed for disclosure control due to small count" : "",
            r.trendText ?? "",
            toEngland, toCity, String(start * 10_000), "", goal(r, definition), "\(years)y",
        ]
    }

    /// The age range the indicator covers, as Fingertips writes it (`18+ yrs`, `0-17 yrs`).
    static func ageRange(_ definition: IndicatorDefinition) -> String {
        switch (definition.numerator?.minAge, definition.numerator?.maxAge) {
        case (nil, nil): return "All ages"
        case (nil, 0), (0, 0): return "<1 yr"
        case (let low?, nil): return "\(low)+ yrs"
        case (nil, let high?): return "0-\(high) yrs"
        case (let low?, let high?): return "\(low)-\(high) yrs"
        }
    }

    /// Whether the value meets the pack's target, if there is one.
    static func goal(_ r: PublishedResult, _ definition: IndicatorDefinition) -> String {
        guard let target = definition.target, let value = r.value else { return "" }
        switch definition.polarity {
        case .higherIsBetter: return value >= target ? "Meeting goal" : "Not meeting goal"
        case .lowerIsBetter: return value <= target ? "Meeting goal" : "Not meeting goal"
        case .noJudgement: return ""
        }
    }
}
