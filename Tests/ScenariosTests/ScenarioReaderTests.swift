import Foundation
import PlacePack
import Scenarios
import Testing
import TestSupport

/// Scenario files: the Leeds pack's read; each bad input the issue lists is refused naming the
/// file, line and field.
@Suite struct ScenarioReaderTests {
    static let assumptions = try! ProjectionAssumptions.read(Repository.leeds)

    @Test func leedsShipsDoNothingAndLeftShift() throws {
        let scenarios = try ScenarioReader.scenarios(of: Repository.leeds, assumptions: Self.assumptions)
        #expect(scenarios.map(\.id) == ["do-nothing", "left-shift"])
        let (nothing, shift) = (scenarios[0], scenarios[1])
        #expect(nothing.avoidance.values.allSatisfy { $0 == LeverInterval(0, 0) })
        #expect(shift.avoidance["ambulatory_care_sensitive"] == LeverInterval(0.10, 0.30))
        #expect(Set(shift.avoidance.keys) == Set(ScenarioLevers.mitigators))
        #expect(shift.demography == ["principal": 0.6, "low": 0.2, "high": 0.2])
        #expect(shift.shift["home_care_hours"]?.per == "avoided_bed_day")
        #expect(shift.costs.count == ScenarioLevers.costed.count && shift.costs.values.allSatisfy(\.assumed))
        #expect(shift.occupancy == LeverInterval(0.92, 0.92))
        // The comparator shares everything but the levers.
        #expect(nothing.costs == shift.costs && nothing.growth == shift.growth && nothing.seed == shift.seed)
    }

    static let text = try! String(
        contentsOf: Repository.leedsFolder.appendingPathComponent("scenarios/left-shift.yaml"),
        encoding: .utf8)

    /// The line of `text` holding `fragment`.
    static func line(of fragment: String, in text: String) -> Int? {
        text.components(separatedBy: "\n").firstIndex { $0.contains(fragment) }.map { $0 + 1 }
    }

    @Test(arguments: [
        // an id that cannot name results and pages
        ("id: left-shift", "id: left shift", "id"),
        // an unknown lever
        (
            "    frequent_ae_attenders: [0.10, 0.30]", "    frequent_flyers: [0.10, 0.30]",
            "levers.activity_avoidance.frequent_flyers"
        ),
        // an interval whose low is above its high
        (
            "    frail_admissions: [0.05, 0.20]", "    frail_admissions: [0.20, 0.05]",
            "levers.activity_avoidance.frail_admissions"
        ),
        // a probability outside [0, 1]
        (
            "    end_of_life_admissions: [0.10, 0.30]", "    end_of_life_admissions: [0.10, 1.30]",
            "levers.activity_avoidance.end_of_life_admissions"
        ),
        // a negative cost
        ("bed_day: {pounds: [350, 450]", "bed_day: {pounds: [-350, 450]", "levers.unit_costs.bed_day.pounds"),
        // occupancy outside (0, 1]
        ("  occupancy: 0.92", "  occupancy: 1.2", "levers.occupancy"),
        ("  occupancy: 0.92", "  occupancy: 0", "levers.occupancy"),
        // a horizon before the baseline
        ("horizon_year: 2033", "horizon_year: 2020", "horizon_year"),
        // demography weights that name an unknown variant or do not add up to 1
        (
            "{principal: 0.6, low: 0.2, high: 0.2}", "{principal: 0.6, middle: 0.4}",
            "levers.demography.middle"
        ),
        (
            "{principal: 0.6, low: 0.2, high: 0.2}", "{principal: 0.6, low: 0.2, high: 0.3}",
            "levers.demography"
        ),
        // a community unit for something else
        (
            "{per: avoided_bed_day, units: [1, 3]}", "{per: avoided_visit, units: [1, 3]}",
            "levers.shift_to_community.home_care_hours.per"
        ),
    ])
    func badInputIsRefusedByFileLineAndField(from: String, to: String, field: String) throws {
        #expect(Self.text.contains(from))
        let changed = Self.text.replacingOccurrences(of: from, with: to)
        do {
            _ = try ScenarioReader.read(
                PackNode.parse(text: changed, file: "left-shift.yaml"), assumptions: Self.assumptions)
            Issue.record("accepted \(to)")
        } catch let error as PackError {
            #expect(error.file == "left-shift.yaml")
            #expect(error.field == field, "\(error)")
            if field != "levers.demography" {
                #expect(error.line == Self.line(of: to.trimmingCharacters(in: .whitespaces), in: changed))
            }
        }
    }
}

extension ScenarioReaderTests {
    @Test func everyLeverIsListedForPeople() throws {
        let shift = try ScenarioReader.scenarios(of: Repository.leeds, assumptions: Self.assumptions)[1]
        let rows = shift.leverRows
        #expect(rows.first?.value == "high 0.2, low 0.2, principal 0.6")
        #expect(
            rows.contains {
                $0.lever == "activity_avoidance.ambulatory_care_sensitive" && $0.value == "0.1 to 0.3"
                    && $0.note == "share avoided by the horizon"
            })
        #expect(
            rows.contains {
                $0.lever == "unit_costs.bed_day" && $0.value == "£350 to £450"
                    && $0.note.hasSuffix("(assumed)")
            })
        #expect(rows.contains { $0.lever == "occupancy" && $0.value == "0.92" })
        // Every lever the file sets has a row.
        let count =
            1 + shift.growth.count + 1 + shift.avoidance.count + shift.efficiencies.count + shift.shift.count
            + shift.costs.count + 2
        #expect(rows.count == count)
    }
}
