import Foundation
import PlacePack
import Scenarios
import Testing
import TestSupport

/// The pack's projection assumptions: the Leeds file reads; each bad value is refused naming the
/// file, line and field.
@Suite struct ProjectionAssumptionsTests {
    @Test func leedsAssumptionsRead() throws {
        let assumptions = try ProjectionAssumptions.read(Repository.leeds)
        #expect(assumptions.oldestAge == 90)
        #expect(assumptions.rateYears == 3)
        #expect(assumptions.variants.map(\.name) == ["principal", "low", "high"])
        #expect(assumptions.scale(of: "low") == 0.5)
        #expect(assumptions.assumed)
    }

    static let good = """
        oldest_age: 90
        rate_years: 3
        migration:
          source: test
          variants:
            principal: 1.0
            low: 0.5
        """

    @Test(arguments: [
        ("oldest_age: 90", "oldest_age: 3", "oldest_age", 1),
        ("rate_years: 3", "rate_years: 0", "rate_years", 2),
        ("    low: 0.5", "    low: -1", "migration.variants.low", 7),
        ("    principal: 1.0", "    central: 1.0", "migration.variants", 6),
        ("  source: test", "  origin: test", "migration.source", 4),
    ])
    func badValuesAreRefusedByFileLineAndField(from: String, to: String, field: String, line: Int) throws {
        #expect(throws: Never.self) {
            try ProjectionAssumptions.read(PackNode.parse(text: Self.good, file: "projection.yaml"))
        }
        let text = Self.good.replacingOccurrences(of: from, with: to)
        do {
            _ = try ProjectionAssumptions.read(PackNode.parse(text: text, file: "projection.yaml"))
            Issue.record("accepted \(to)")
        } catch let error as PackError {
            #expect(error.file == "projection.yaml")
            #expect(error.field == field)
            #expect(error.line == line, "\(error)")
        }
    }
}
