import Assurance
import Foundation
import PlaceModel
import PlacePack
import Testing
import TestSupport

/// A register's derived standing on fixed dates, and bad registers refused with file, line and
/// field.
@Suite struct RiskRegisterTests {
    func status(_ register: RiskRegister, _ id: String, on day: String) throws -> RiskStatus {
        let date = try #require(CivilDate(iso: day))
        return try #require(register.statuses(on: date).first { $0.risk.id == id })
    }

    @Test func bandsMovementReviewsAndAppetiteOnFixedDates() throws {
        let book = try AssuranceBook.read(from: Repository.leeds)
        let winter = try #require(book.register(id: "winter-2018"))
        #expect(winter.appetite.id == "medium")
        // W1: 4x4 (16, Very High) before, 3x4 (12, Medium) now, reviewed at 16 on 1 September.
        let w1 = try status(winter, "W1", on: "2018-12-01")
        #expect((w1.before?.id, w1.now?.id, w1.target?.id) == ("very-high", "medium", "medium"))
        #expect(w1.movement == .better)
        #expect(!w1.reviewOverdue && !w1.aboveAppetite)
        #expect(try status(winter, "W1", on: "2019-01-01").reviewOverdue)
        // W2: 3x5 = 15 is Very High: above the appetite (Medium); its review of 30 November is
        // overdue on 1 December.
        let w2 = try status(winter, "W2", on: "2018-12-01")
        #expect(w2.now?.id == "very-high" && w2.aboveAppetite && w2.reviewOverdue)
        #expect(w2.movement == .unchanged)
        // W3: 5x3 = 15 is Medium; never reviewed.
        let w3 = try status(winter, "W3", on: "2018-12-01")
        #expect(w3.now?.id == "medium" && !w3.aboveAppetite && w3.movement == .new)
        // Before its first review, a risk is new.
        #expect(try status(winter, "W1", on: "2018-08-01").movement == .new)

        let fim = try #require(book.register(id: "future-in-mind-2019"))
        let f2 = try status(fim, "F2", on: "2019-09-01")
        #expect(f2.now?.id == "serious" && f2.aboveAppetite && f2.movement == .worse)
        let f1 = try status(fim, "F1", on: "2019-09-01")
        #expect(f1.now?.id == "high" && !f1.aboveAppetite && f1.movement == .better)
    }

    /// A copy of the Leeds pack with one line of `assurance.yaml` changed must be refused, naming
    /// the file and the field.
    @Test(arguments: [
        ("now: {likelihood: 3, consequence: 4}", "now: {likelihood: 6, consequence: 4}", "likelihood"),
        ("      - [low, low, low, low, low]", "      - [low, low, low, low]", "cells"),
        ("scores: [15, 16]", "scores: [12, 16]", "bands"),
        ("scores: [8, 12]", "scores: [9, 12]", "bands"),
        ("appetite: medium", "appetite: amber", "appetite"),
        ("review: \"2018-12-31\"", "review: \"2018-11-31\"", "review"),
        ("matrix: winter-2018", "matrix: winter-2019", "matrix"),
        ("- id: W2", "- id: W1", "id"),
        ("indicators: [repeat-emergency-visits]", "indicators: [repeat-emergency-visit]", "indicators"),
    ])
    func badRegistersAreRefused(good: String, bad: String, field: String) throws {
        try expectRefused(good: good, bad: bad, field: field)
    }
}
