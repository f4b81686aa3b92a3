import Foundation
import PlaceModel
import PlacePack
import Population
import Publication
import Store
import Synchronization

/// The population health engine as presentation sees it: aggregates for everyone (suppressed
/// unless the role allows otherwise) and person-level views only through the access policy, each
/// written to the audit log before anything is shown. The web server and the command line read
/// person-level data through this type only.
public final class PopulationService: Sendable {
    /// The store.
    public let store: any PlaceStore
    /// Everyone's record, read once.
    public let data: PopulationData
    /// Everyone's state on the date.
    public let snapshot: PopulationSnapshot
    /// Risk scores of the newest stored model on the date (nil when no model is stored).
    public let scores: [Double]?
    /// The newest stored risk model's report.
    public let riskReport: RiskReport?
    /// The pack's predefined cohorts.
    public let catalog: CohortCatalog
    /// The pack's small-number threshold.
    public let threshold: Int
    /// Who may see what.
    public let policy: AccessPolicy
    /// The audit log.
    public var audit: AuditLog { gate.audit }
    /// The door to person-level data.
    public let gate: PersonLevelGate
    /// Disclosure control of the aggregates, solved jointly over every breakdown.
    public let disclosure: PopulationDisclosure
    private let countCache = Mutex<[String: CohortCounts]>([:])
    /// Everyone's state a year before the date, computed when flows are first asked for.
    let previous = Mutex<PopulationSnapshot?>(nil)

    /// Reads the population of `store` and computes everyone's state on `date` (default: 1 January
    /// of the store's last study year) and, if a risk model is stored, their risk.
    ///
    /// - Throws: the store's errors, ``PopulationError`` for a bad cohort catalogue.
    public init(
        store: any PlaceStore, pack: PlacePack, date: CivilDate? = nil, model: String? = nil,
        audit: AuditLog? = nil
    ) throws {
        self.store = store
        let data = try PopulationLoader(store: store).load()
        let day = try date ?? Self.defaultDate(store)
        let snapshot = PopulationSnapshot(data: data, date: day)
        let stored = try RiskModelStore(store: store).load(version: model)
        self.data = data
        self.snapshot = snapshot
        disclosure = PopulationDisclosure(data: data, snapshot: snapshot)
        scores = stored?.model.scores(data, snapshot)
        riskReport = stored?.report
        catalog = try CohortCatalog(pack: pack)
        threshold = try pack.indicators().suppressionThreshold
        policy = AccessPolicy(areas: data.areas)
        gate = PersonLevelGate(store: store, policy: policy, audit: audit ?? AuditLog(store: store))
    }

    /// 1 January of the store's last study year (of this year when the store has none).
    public static func defaultDate(_ store: any PlaceStore) throws -> CivilDate {
        if let date = try PopulationLoader(store: store).lastStudyYearStart() { return date }
        let parts = Calendar(identifier: .gregorian).dateComponents([.year], from: Date())
        return CivilDate(year: parts.year ?? 2024, month: 1, day: 1)!
    }

    /// Whether the data are synthetic.
    public var synthetic: Bool { data.synthetic }

    /// The date everyone's state is computed on.
    public var date: CivilDate { snapshot.date }

    /// Segment counts by `breakdown` (aggregate).
    public func segments(by breakdown: Breakdown) -> SegmentCounts {
        SegmentCounts(data: data, snapshot: snapshot, by: breakdown)
    }

    /// Frailty categories of people aged 65+ by `breakdown` (aggregate).
    public func frailty(by breakdown: Breakdown) -> FrailtySummary {
        FrailtySummary(data: data, snapshot: snapshot, by: breakdown)
    }

    /// Which counts of `counts` are withheld at `threshold`, solved jointly with every other
    /// breakdown of the same cohort and with the population.
    ///
    /// - Throws: as ``cohortCounts(_:by:)``.
    public func withheld(_ id: String, _ counts: CohortCounts, threshold: Int) throws -> Withheld {
        try disclosure.cohort(counts, threshold: threshold) { try cohortCounts(id, by: $0) }
    }

    /// The predefined cohort `id`'s counts by `breakdown` (aggregate), computed once.
    ///
    /// - Throws: ``PopulationError`` for an unknown cohort, ``CohortRuleError`` when it needs a risk
    ///   model and none is stored.
    public func cohortCounts(_ id: String, by breakdown: Breakdown) throws -> CohortCounts {
        let key = "\(id)|\(breakdown.rawValue)"
        if let cached = countCache.withLock({ $0[key] }) { return cached }
        let rule = try CohortRule(catalog.cohort(id).rule, areas: data.areas)
        let counts = CohortCounts(
            try CohortEvaluator(rule: rule, data: data, snapshot: snapshot, scores: scores), by: breakdown)
        countCache.withLock { $0[key] = counts }
        return counts
    }

    /// Whether the predefined cohort `id` can be evaluated (a risk cohort needs a stored model).
    public func isAvailable(_ id: String) -> Bool {
        guard let cohort = try? catalog.cohort(id), let rule = try? CohortRule(cohort.rule) else {
            return false
        }
        return !rule.usesRisk || scores != nil
    }
}

extension PopulationService {
    /// The disclosure control of `report` at the pack's threshold, solved over all its tables.
    public func riskDisclosure(_ report: RiskReport) -> RiskDisclosure {
        RiskDisclosure(report, threshold: threshold)
    }
}
