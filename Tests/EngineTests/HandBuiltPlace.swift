import Foundation
import PlaceModel
import PlacePack
import Statistics
import Store
import Testing
import TestSupport

@testable import Engine

/// A small place built by hand, record by record, for tests whose answers are worked out by hand.
///
/// Geography (fixed): city `C`; LSOA `A` in ward `W1` (LCP `L1`), national IMD decile 1 ("deprived
/// Leeds"); LSOA `B` in ward `W2` (LCP `L2`), decile 10. Practice `P1` (PCN `N1`) serves A and practice
/// `P2` (PCN `N2`) serves B. People and their records are added with the methods below; identifiers
/// are numbered from 1 in the order of adding. Dates are written `YYYY-MM-DD`.
final class HandBuiltPlace {
    private var rows: [(TableSchema, [FieldValue])] = []
    private var homes: [Int64: String] = [:]
    private var nextID: [String: Int64] = [:]

    /// An empty place (areas only).
    init() {}

    private func id(_ table: String) -> Int64 {
        let next = (nextID[table] ?? 0) + 1
        nextID[table] = next
        return next
    }

    private func add(_ table: TableSchema, _ row: [FieldValue]) { rows.append((table, row)) }

    /// A date written `YYYY-MM-DD`, or null for nil.
    private func day(_ text: String?) -> FieldValue {
        guard let text else { return .null }
        guard let date = CivilDate(iso: text) else { preconditionFailure("not a date: \(text)") }
        return .date(date)
    }

    private func number(_ value: Int?) -> FieldValue { value.map { .int(Int64($0)) } ?? .null }

    /// Adds a person living in LSOA `lsoa` (registered with its practice), who died on `died` if given,
    /// of a cause flagged `avoidable` or not; returns the person's identifier.
    @discardableResult
    func person(
        born: String, sex: String = "F", ethnic: String = "white", in lsoa: String = "A", died: String? = nil,
        avoidable: Bool = false
    ) -> Int64 {
        let person = id("persons")
        homes[person] = lsoa
        add(
            PlaceSchema.persons,
            [
                .int(person), day(born), .text(sex), .text(ethnic), .text(lsoa),
                .text(lsoa == "A" ? "P1" : "P2"),
                .null, .null,
            ])
        if let died {
            add(
                PlaceSchema.deaths,
                [
                    .int(person), day(died), .text("other"), .flag(avoidable), .text("hospital"), .null,
                    .int(0),
                ])
        }
        return person
    }

    /// Puts `person` on `register` from `onset`.
    func register(_ person: Int64, _ register: String, onset: String) {
        add(PlaceSchema.conditions, [.int(id("conditions")), .int(person), .text(register), day(onset)])
    }

    /// A primary care observation of `kind` with `code` (smoking status, advice topic …).
    func observation(_ person: Int64, _ date: String, _ kind: String, _ code: String? = nil) {
        add(
            PlaceSchema.observations,
            [.int(id("observations")), .int(person), day(date), .text(kind), .text(code), .null])
    }

    /// A live birth to `mother` (nil: not known) of `child` (nil: not known), recorded in the mother's
    /// LSOA (else the child's).
    func birth(
        mother: Int64?, child: Int64? = nil, on date: String, weight: Int? = nil, gestation: Int? = nil
    ) {
        let lsoa = mother.flatMap { homes[$0] } ?? child.flatMap { homes[$0] } ?? "A"
        add(
            PlaceSchema.births,
            [
                .int(id("births")), child.map { .int($0) } ?? .null, mother.map { .int($0) } ?? .null,
                day(date),
                .text(lsoa), number(weight), number(gestation),
            ])
    }

    /// An unpaid carer identified on `identified`, with the support given.
    func carer(_ person: Int64, identified: String, assessed: String? = nil, support: String) {
        add(
            PlaceSchema.carers,
            [.int(id("carers")), .int(person), day(identified), day(assessed), .text(support)])
    }

    /// An A&E attendance.
    func attendance(_ person: Int64, _ arrival: String) {
        add(PlaceSchema.aeAttendances, [.int(id("ae")), .int(person), day(arrival), .int(120), .int(0)])
    }

    /// A hospital admission (spell).
    func admission(
        _ person: Int64, _ method: String = "emergency", admitted: String, discharged: String? = nil,
        delayedDays: Int = 0, diagnosis: String = "other", acs: Int = 0
    ) {
        add(
            PlaceSchema.admissions,
            [
                .int(id("admissions")), .int(person), .text(method), day(admitted), day(discharged),
                .int(Int64(delayedDays)), .text(diagnosis), .int(Int64(acs)),
            ])
    }

    /// A detention under the Mental Health Act.
    func detention(_ person: Int64, started: String, ended: String? = nil) {
        add(PlaceSchema.mhaDetentions, [.int(id("mha")), .int(person), day(started), day(ended), .text("2")])
    }

    /// A request for adult social care support and its outcome.
    func request(_ person: Int64, _ requested: String, assessed: String? = nil, outcome: String) {
        add(
            PlaceSchema.socialCareAssessments,
            [.int(id("assessments")), .int(person), day(requested), day(assessed), .text(outcome)])
    }

    /// A package of long-term adult social care.
    func package(
        _ person: Int64, started: String, ended: String? = nil, _ setting: String, directPayment: Int = 0
    ) {
        add(
            PlaceSchema.socialCarePackages,
            [
                .int(id("packages")), .int(person), day(started), day(ended), .text(setting),
                .int(Int64(directPayment)),
            ]
        )
    }

    /// An episode of reablement.
    func reablement(
        _ person: Int64, started: String, ended: String? = nil, afterDischarge: Int = 1, atHome91: Int? = nil
    ) {
        add(
            PlaceSchema.reablementEpisodes,
            [
                .int(id("reablement")), .int(person), day(started), day(ended), .int(Int64(afterDischarge)),
                number(atHome91),
            ])
    }

    /// A council-funded admission to a care home.
    func careHome(_ person: Int64, admitted: String, permanent: Int) {
        add(
            PlaceSchema.careHomeAdmissions,
            [.int(id("carehome")), .int(person), day(admitted), .int(Int64(permanent)), .text("residential")])
    }

    /// A published aggregate value of `indicator` for `area` (`C`, `W1` …) and `period`.
    func aggregate(
        _ indicator: String, _ area: String, _ period: String, numerator: Double?, denominator: Double?,
        value: Double
    ) {
        add(
            PlaceSchema.aggregateValues,
            [
                .text(indicator), .text(area), .text(period), numerator.map { .real($0) } ?? .null,
                denominator.map { .real($0) } ?? .null, .real(value), .text("hand-built"), .int(0),
            ])
    }

    /// Writes the place to a new store.
    func store() throws -> SQLiteStore {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "hand-built-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try SQLiteStore(path: directory.appendingPathComponent("place.sqlite").path)
        try store.transaction { w in
            func area(_ code: String, _ kind: String, _ parent: String?, decile: Int? = nil) throws {
                _ = try w.insert(
                    PlaceSchema.areas,
                    [
                        .text(code), .text(kind), .text(code), .text(parent), .null,
                        decile.map { .int(Int64($0)) } ?? .null, .null, .int(1),
                    ])
            }
            try area("C", "city", nil)
            try area("T", "team", "C")
            try area("L1", "lcp", "T")
            try area("L2", "lcp", "T")
            try area("W1", "ward", "L1")
            try area("W2", "ward", "L2")
            try area("A", "lsoa", "W1", decile: 1)
            try area("B", "lsoa", "W2", decile: 10)
            try area("N1", "pcn", "L1")
            try area("N2", "pcn", "L2")
            try area("P1", "practice", "N1")
            try area("P2", "practice", "N2")
            try w.setDataset("city_code", "C")
            for (table, row) in rows {
                #expect(try w.insert(table, row), "row not stored: \(table.name) \(row)")
            }
        }
        return store
    }

    /// Computes the Leeds pack's indicator `id` on this place, for the study years 2014-2023, both as
    /// `placehealth compute` does (counting first with ``IndicatorEngine/prepare(_:threads:)``) and by
    /// ``IndicatorEngine/compute(_:)`` alone, and checks that the two agree.
    func compute(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> LeedsResults {
        let definition = try LeedsPack.definition(id)
        let store = try store()
        let prepared = try IndicatorEngine(store: store)
        try prepared.prepare([definition], threads: 2)
        let results = try prepared.compute(definition)
        let direct = try IndicatorEngine(store: store).compute(definition)
        #expect(
            results == direct, "\(id): prepared and direct results differ", sourceLocation: sourceLocation)
        return LeedsResults(definition: definition, results: results)
    }
}

/// The Leeds pack's indicator definitions, read once from `packs/leeds` in this repository.
enum LeedsPack {
    /// The repository root, found from this file.
    static let root: URL = Repository.root

    /// Every Leeds definition (or the error reading them).
    static let set: Result<IndicatorSet, any Error> = Result {
        try PlacePack.load(from: root.appendingPathComponent("packs/leeds")).indicators()
    }

    /// The definition with `id`.
    static func definition(_ id: String) throws -> IndicatorDefinition {
        try #require(try set.get().indicator(id), "no Leeds indicator '\(id)'")
    }
}

/// One indicator's results on a hand-built place, checked against hand-worked answers.
struct LeedsResults {
    /// The definition computed.
    let definition: IndicatorDefinition
    /// Every result.
    let results: [IndicatorResult]

    /// The result for `period`, `breakdown` and `group` (the city by default), if computed.
    func result(_ period: String, _ breakdown: String = "city", _ group: String = "C") -> IndicatorResult? {
        results.first { $0.period == period && $0.breakdown == breakdown && $0.group == group }
    }

    /// Whether `a` equals `b` to a relative tolerance of 1e-9.
    static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-9 * max(1, abs(b))
    }

    /// Checks a result's numerator, denominator and value against hand-worked ones; for proportions and
    /// crude rates, also that its 95% and 99.8% limits are the statistics library's on those counts
    /// (for a rate of summed values, on the sum and `sumOfSquares`, the records' squared values).
    func expect(
        _ period: String, _ breakdown: String = "city", _ group: String = "C", numerator: Double,
        denominator: Double, value: Double?, sumOfSquares: Double? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let label = "\(definition.id) \(period) \(breakdown) \(group)"
        guard let r = result(period, breakdown, group) else {
            Issue.record("no result for \(label)", sourceLocation: sourceLocation)
            return
        }
        #expect(r.numerator == numerator, "\(label) numerator", sourceLocation: sourceLocation)
        #expect(r.denominator == denominator, "\(label) denominator", sourceLocation: sourceLocation)
        #expect(
            Self.close(r.value, value),
            "\(label) value \(String(describing: r.value)) ≠ \(String(describing: value))",
            sourceLocation: sourceLocation)
        let library: Estimate?
        switch definition.method {
        case .proportion:
            library = try? Proportion.estimate(
                numerator: numerator, denominator: denominator, multiplier: definition.multiplier)
        case .crudeRate:
            library =
                try? sumOfSquares.map {
                    try CrudeRate.estimate(
                        sum: numerator, sumOfSquares: $0, denominator: denominator,
                        multiplier: definition.multiplier)
                }
                ?? CrudeRate.estimate(
                    numerator: numerator, denominator: denominator, multiplier: definition.multiplier)
        default: library = nil
        }
        guard let library else { return }
        #expect(
            Self.close(library.value, value), "\(label): hand value ≠ library value",
            sourceLocation: sourceLocation)
        for level in [0.95, 0.998] {
            let limits = library.interval(at: level)
            let lower = level == 0.95 ? r.lower95 : r.lower998
            let upper = level == 0.95 ? r.upper95 : r.upper998
            #expect(
                Self.close(lower, limits?.lower) && Self.close(upper, limits?.upper),
                "\(label) \(level) limits",
                sourceLocation: sourceLocation)
        }
    }

    /// Checks that there is no result for `group` (its denominator is zero).
    func expectNone(
        _ period: String, _ breakdown: String, _ group: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            result(period, breakdown, group) == nil,
            "\(definition.id) \(period) \(breakdown) \(group) exists",
            sourceLocation: sourceLocation)
    }
}
