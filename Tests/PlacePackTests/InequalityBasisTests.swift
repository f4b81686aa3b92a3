import Foundation
import Testing

@testable import PlacePack

/// Every Leeds indicator says what its inequality figures are computed on (issue 13, item 1).
@Suite struct InequalityBasisTests {
    @Test func everyLeedsIndicatorIsStandardisedOrSaysWhyNot() throws {
        let set = try PlacePack.load(from: try leedsPackDirectory()).indicators()
        for definition in set.indicators {
            let basis = definition.inequality
            switch definition.method {
            case .crudeRate:
                #expect(basis.kind == .ageStandardised || basis.why?.isEmpty == false, "\(definition.id)")
            case .dsr, .isr, .lifeExpectancy: #expect(basis.kind == .standardisedByMethod, "\(definition.id)")
            case .proportion, .mean, .aggregate:
                #expect(basis.kind == .ageStandardised || basis.why?.isEmpty == false, "\(definition.id)")
            }
        }
        #expect(set.indicator("adults-who-smoke")?.inequality.kind == .ageStandardised)
        #expect(set.indicator("hospital-bed-days")?.inequality.kind == .ageStandardised)
        #expect(set.indicator("infant-mortality")?.inequality.kind == .crude)
        #expect(
            set.indicator("cyp-low-birth-weight-term")?.inequality.label.hasPrefix("not age-standardised: ")
                == true)
    }

    /// A copy of the Leeds pack with `old` replaced by `new` in indicators.yaml: the error reading it.
    static func error(replacing old: String, with new: String) throws -> PackError? {
        let source = try leedsPackDirectory()
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("basis-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let file = copy.appendingPathComponent("indicators.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try PlacePack.load(from: copy).indicators()
            return nil
        } catch let error as PackError { return error }
    }

    @Test func aCrudeBasisNeedsAReasonAndOnlyRatesAndProportionsAreStandardised() throws {
        let noReason = try #require(
            try Self.error(
                replacing: "inequality: {basis: age-standardised}", with: "inequality: {basis: crude}"))
        #expect(noReason.file == "indicators.yaml" && noReason.line != nil)
        #expect(noReason.message.contains("why"))
        let dsr = "    method: dsr\n"
        let wrong = try #require(
            try Self.error(replacing: dsr, with: dsr + "    inequality: {basis: age-standardised}\n"))
        #expect(wrong.message.contains("only crude rates and proportions"))
    }
}

/// A definition's breakdowns are names of the one vocabulary (`Breakdown`), checked when read.
@Suite struct BreakdownNameTests {
    @Test func anUnknownBreakdownIsRefusedWithItsFileLineAndField() throws {
        let error = try #require(
            try InequalityBasisTests.error(replacing: "breakdowns: [ward,", with: "breakdowns: [wards,"))
        #expect(error.file == "indicators.yaml" && error.line != nil)
        #expect(error.field.hasSuffix("breakdowns[0]"))
        #expect(error.message.contains("'wards' is not a breakdown of indicators"))
        // A population-only breakdown is not an indicator's either.
        let stage = try #require(
            try InequalityBasisTests.error(replacing: "breakdowns: [ward,", with: "breakdowns: [life-stage,"))
        #expect(stage.message.contains("life-stage"))
    }
}
