import Engine
import Foundation
import PlacePack
import Statistics
import Store
import Synchronization

/// The stored results as they may be published: disclosure control solved jointly over each
/// indicator's whole set of results (``IndicatorDisclosure``: every period, breakdown and area
/// level, so no withheld count can be derived from another output), unless the caller asks for
/// `unsuppressed` explicitly. What presentation reads.
///
/// Suppressed sets are kept per indicator after the first read; call ``reload()`` after a new
/// `compute`.
public final class PublishedResults: Sendable {
    let reader: IndicatorResults
    let set: IndicatorSet
    /// Whether suppression is off (only for callers entitled to unsuppressed figures).
    public let unsuppressed: Bool
    /// Each ward's LCP and each practice's PCN.
    package let parents: [String: String]
    private let cityCode: String
    /// The names of areas and groups.
    public let vocabulary: Vocabulary
    private let cache = Mutex<[String: [PublishedResult]]>([:])

    /// A publisher of the results in `store` for the indicators of `set`.
    public init(store: any PlaceStore, set: IndicatorSet, unsuppressed: Bool = false) throws {
        reader = IndicatorResults(store: store)
        self.set = set
        self.unsuppressed = unsuppressed
        parents = try IndicatorDisclosure.parents(store)
        cityCode = try store.dataset()["city_code"] ?? ""
        let areas = try AreaDirectory(store: store).areas()
        vocabulary = Vocabulary(
            placeName: areas.first { $0.kind == "city" }?.name ?? "the city", areas: areas)
    }

    /// Forgets what was read, so the next reads see newly computed results.
    public func reload() { cache.withLock { $0 = [:] } }

    /// When the results were computed (ISO 8601), if they were.
    public func computedAt() throws -> String? { try reader.computedAt() }

    /// The published results of `indicator`, optionally for one breakdown, period and group, in
    /// breakdown, period and group order (deciles and age bands in numeric order).
    public func results(
        indicator: String, breakdown: String? = nil, period: String? = nil, group: String? = nil
    )
        throws -> [PublishedResult]
    {
        try all(indicator).filter {
            (breakdown == nil || $0.breakdown == breakdown) && (period == nil || $0.period == period)
                && (group == nil || $0.group == group)
        }
    }

    /// The periods with results for `indicator`, oldest first.
    public func periods(indicator: String) throws -> [String] {
        try Array(Set(all(indicator).map(\.period))).sorted()
    }

    /// The inequality results of `indicator` in period order, for the city (`area` nil) or an LCP.
    /// The city's gap is withheld for a period when its deprived or rest result is withheld, its SII
    /// and RII when any decile's is; an LCP's gap was withheld when computed if a count behind it
    /// was small (LCPs have a gap only).
    public func inequalities(indicator: String, area: String? = nil) throws -> [InequalityResult] {
        let stored = try reader.inequalities(indicator: indicator, area: area)
        guard area == nil || area == cityCode else { return stored }
        let gapHidden = try hiddenPeriods(indicator, breakdown: "deprivation")
        let indexHidden = try hiddenPeriods(indicator, breakdown: "decile")
        return stored.map { r in
            var out = r
            if gapHidden.contains(r.period) { out = out.withoutGap() }
            if indexHidden.contains(r.period) { out = out.withoutIndices() }
            return out
        }
    }

    /// "Are the poorest improving fastest?" for `indicator`; its figures are withheld when a
    /// deprived or rest result in the first or last period is withheld.
    public func progress(indicator: String) throws -> PoorestProgress? {
        guard let answer = try reader.progress(indicator: indicator) else { return nil }
        let hidden = try hiddenPeriods(indicator, breakdown: "deprivation")
        return hidden.contains(answer.firstPeriod) || hidden.contains(answer.lastPeriod)
            ? answer.withheld() : answer
    }

    private func hiddenPeriods(_ indicator: String, breakdown: String) throws -> Set<String> {
        guard !unsuppressed else { return [] }
        return Set(try all(indicator).filter { $0.breakdown == breakdown && $0.suppressed }.map(\.period))
    }

    private func all(_ indicator: String) throws -> [PublishedResult] {
        if let cached = cache.withLock({ $0[indicator] }) { return cached }
        let polarity = ResultAnalysis.polarity(set.indicator(indicator)?.polarity ?? .noJudgement)
        let raw = try reader.results(indicator: indicator)
        let withheld =
            unsuppressed
            ? [Bool](repeating: false, count: raw.count)
            : IndicatorDisclosure.solve(raw, threshold: set.suppressionThreshold, parents: parents).withheld
        let published = zip(raw, withheld).map { r, hidden in
            PublishedResult(
                r, suppressed: hidden, polarity: polarity,
                groupName: vocabulary.groupName(r.group, breakdown: r.breakdown))
        }
        let ordered = published.sorted {
            ($0.breakdown, $0.period) != ($1.breakdown, $1.period)
                ? ($0.breakdown, $0.period) < ($1.breakdown, $1.period)
                : GroupLayout.order($0.group, $1.group)
        }
        cache.withLock { $0[indicator] = ordered }
        return ordered
    }
}
