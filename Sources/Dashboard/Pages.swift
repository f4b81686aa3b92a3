import PlaceModel
import Publication
import Engine
import PlacePack
import Statistics
import Store

/// Renders the HTML pages from published (suppressed) results. One value per generation of results:
/// the dashboard makes a new one when the results are recomputed.
struct Pages: Sendable {
    /// Areas and indicators.
    let catalog: Catalog
    /// Published results: suppressed, with comparisons, trends and inequalities.
    let reader: PublishedResults
    /// The store (for the facts about the data).
    let store: any PlaceStore
    /// A scorecard builder reading through ``reader``.
    var scorecards: ScorecardBuilder {
        ScorecardBuilder(store: store, strategy: catalog.pack.strategy, set: catalog.set, published: reader)
    }
    /// The page shell.
    let layout: Layout

    /// The definition with this id.
    ///
    /// - Throws: ``DashboardError`` (404) suggesting close matches.
    func definition(_ id: String) throws -> IndicatorDefinition {
        if let definition = catalog.set.indicator(id) { return definition }
        let candidates = catalog.set.indicators.map { (id: $0.id, label: $0.name) }
        throw DashboardError.notFound(
            "indicator", id,
            suggestions: Catalog.closeMatches(id, in: candidates).map { ($0.label, "/indicators/\($0.id)") },
            listPath: "/indicators")
    }

    /// The area with this code.
    ///
    /// - Throws: ``DashboardError`` (404) suggesting close matches.
    func area(_ code: String, parameter: String? = nil) throws -> Catalog.Area {
        if let area = catalog.area(code) { return area }
        let candidates = catalog.areas.map { (id: $0.code, label: $0.name) }
        let suggestions = Catalog.closeMatches(code, in: candidates).map { ($0.label, "/areas/\($0.id)") }
        if let parameter {
            throw DashboardError.badParameter(
                parameter, "there is no area ‘\(code)’; the areas are listed at /areas.")
        }
        throw DashboardError.notFound("area", code, suggestions: suggestions, listPath: "/areas")
    }

    /// The periods with results for an indicator, oldest first.
    func periods(_ id: String) throws -> [String] {
        try reader.periods(indicator: id)
    }

    /// The value of a result as a chart point, with its comparison's style.
    static func point(_ r: PublishedResult, label: String, weight: Double? = nil) -> ChartPoint {
        ChartPoint(
            label: label, value: r.value, lower: r.lower95, upper: r.upper95, suppressed: r.suppressed,
            palette: .of(r.assessment), weight: weight ?? r.denominator)
    }

    /// A value cell: the value and interval, or "suppressed" in italics.
    static func valueCell(_ r: PublishedResult?, label: String = "Value (95% CI)") -> HTML {
        guard let r else { return "<td data-label=\"\(label)\" class=\"num\">–</td>" }
        if r.suppressed { return "<td data-label=\"\(label)\" class=\"num suppressed\">suppressed</td>" }
        return
            "<td data-label=\"\(label)\" class=\"num\">\(Format.valueWithInterval(r.value, r.lower95, r.upper95, suppressed: false))</td>"
    }

    /// Words for the comparison ("Better than England (assumed)").
    static func comparisonText(_ r: PublishedResult?) -> String {
        guard let r, let label = r.benchmarkLabel else { return "Not compared" }
        let palette = Palette.of(r.assessment)
        return r.assessment == nil
            ? "Not compared with \(label)"
            : "\(palette.word) than \(label)".replacingOccurrences(
                of: "Similar than", with: "Similar to")
    }

    /// The indicator's unit, for a column heading ("%" or "per 100,000 …").
    static func unit(_ d: IndicatorDefinition) -> String { d.unit }

    /// The period label of the indicator's period type.
    static func periodKind(_ d: IndicatorDefinition) -> String {
        switch d.period {
        case .calendarYear: return "calendar year"
        case .financialYear: return "financial year (April to March)"
        case .pooledThreeYears: return "three calendar years pooled"
        }
    }

    /// The polarity in words.
    static func polarityText(_ d: IndicatorDefinition) -> String {
        switch d.polarity {
        case .higherIsBetter: return "Higher is better"
        case .lowerIsBetter: return "Lower is better"
        case .noJudgement: return "No judgement (shown as higher or lower, not better or worse)"
        }
    }

    /// The area breakdowns an indicator offers (ward, lcp, pcn, practice), in display order.
    static func areaBreakdowns(_ d: IndicatorDefinition) -> [String] {
        Catalog.kinds.map(\.kind).filter { d.breakdowns.map(\.rawValue).contains($0) }
    }

    /// The options of a `select`, the chosen one selected.
    static func options(_ choices: [(value: String, label: String)], selected: String?) -> HTML {
        HTML.join(
            choices.map { c in
                c.value == selected
                    ? "<option value=\"\(c.value)\" selected>\(c.label)</option>"
                    : "<option value=\"\(c.value)\">\(c.label)</option>"
            })
    }

    /// The legend of comparison styles.
    static var legend: HTML {
        "<ul class=\"legend\" aria-label=\"Key to comparisons\">\(Palette.all.map { "<li>\($0.badge)</li>" as HTML })</ul>"
    }
}
