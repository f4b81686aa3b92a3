import PlaceModel
import Publication
import Engine
import PlacePack

/// The JSON API: the same published (suppressed) results the pages show, as documents described by
/// ``OpenAPIDocument``.
struct JSONAPI: Sendable {
    /// A loaded file's name without the server's folders (which are not for the public).
    static func fileName(_ path: String) -> String {
        String(path.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(path))
    }

    /// The pages (for their lookups and readers).
    let pages: Pages
    /// Whether the data are synthetic.
    let synthetic: Bool

    private var notice: String? { synthetic ? APIModel.syntheticNotice : nil }
    private var catalog: Catalog { pages.catalog }

    /// The plans `GET /api/indicators?set=` takes (the document's enum).
    static let sets = ["hws", "leeds-plan", "better-lives", "cyp"]
    /// The kinds `GET /api/areas?kind=` takes (the document's enum).
    static let kinds = ["city"] + Catalog.kinds.map(\.kind)
    /// Every breakdown `breakdown=` takes (the document's enum); an indicator has some of them.
    static let breakdowns = [
        "city", "ward", "lcp", "pcn", "practice", "decile", "deprivation", "sex", "age", "ethnicity",
    ]

    /// `GET /api/indicators`.
    func indicators(_ query: Query) throws -> APIModel.IndicatorList {
        try query.requireValues()
        let set = try query.choice("set", Self.sets)
        let chosen = catalog.set.indicators.filter { set == nil || $0.sets.contains(set!) }
        return APIModel.IndicatorList(
            synthetic: synthetic, notice: notice, indicators: chosen.map(APIModel.Indicator.init))
    }

    /// `GET /api/indicators/{id}`.
    func indicator(_ id: String, _ query: Query) throws -> APIModel.IndicatorDetail {
        try query.requireValues()
        let d = try pages.definition(id)
        return APIModel.IndicatorDetail(
            synthetic: synthetic, notice: notice, indicator: APIModel.Indicator(d),
            periods: try pages.periods(id))
    }

    /// The published results that `GET /api/indicators/{id}/results` (and its CSV) returns.
    func publishedResults(_ id: String, _ query: Query) throws -> (
        IndicatorDefinition, String, [PublishedResult]
    ) {
        try query.requireValues()
        let d = try pages.definition(id)
        let breakdown = try query.choice("breakdown", Self.breakdowns) ?? "city"
        let available =
            ["city"] + d.breakdowns.map(\.rawValue) + (d.breakdowns.contains(.decile) ? ["deprivation"] : [])
        guard available.contains(breakdown) else {
            throw DashboardError.noSuch(
                "breakdown",
                "‘\(id)’ has no results by \(breakdown); its breakdowns: \(available.joined(separator: ", "))."
            )
        }
        let period = try query.value("period", .period)
        if let period, !(try pages.periods(id)).contains(period) {
            throw DashboardError.noSuch(
                "period",
                "‘\(id)’ has no results for ‘\(period)’ (GET /api/indicators/\(id) lists its periods).")
        }
        var results = try pages.reader.results(indicator: id, breakdown: breakdown, period: period)
        if let group = try query.value("group", .group) {
            results = results.filter { $0.group == group }
            if results.isEmpty {
                throw DashboardError.noSuch(
                    "group", "no result of breakdown ‘\(breakdown)’ has group ‘\(group)’.")
            }
        }
        return (d, breakdown, results)
    }

    /// The area `area=` names (nil when absent).
    ///
    /// - Throws: ``DashboardError`` 400 for a value that is not an area code, 404 for a code of no area.
    func existingArea(_ query: Query) throws -> Catalog.Area? {
        guard let code = try query.value("area", .code) else { return nil }
        guard let area = catalog.area(code) else {
            throw DashboardError.noSuch(
                "area", "there is no area ‘\(code)’; the areas are listed at /api/areas.")
        }
        return area
    }

    /// `GET /api/indicators/{id}/results`.
    func results(_ id: String, _ query: Query) throws -> APIModel.Results {
        let (_, breakdown, results) = try publishedResults(id, query)
        return APIModel.Results(
            synthetic: synthetic, notice: notice, indicator: id, breakdown: breakdown,
            period: query["period"],
            suppressionThreshold: catalog.set.suppressionThreshold, results: results)
    }

    /// `GET /api/indicators/{id}/inequalities`.
    func inequalities(_ id: String, _ query: Query) throws -> APIModel.Inequalities {
        try query.requireValues()
        _ = try pages.definition(id)
        let area = try existingArea(query) ?? catalog.city
        guard area.kind == "city" || area.kind == "lcp" else {
            throw DashboardError.noSuch(
                "area",
                "there are no inequalities for the \(Catalog.singular(area.kind)) ‘\(area.code)’: they are for the city or a Local Care Partnership."
            )
        }
        let city = area.kind == "city"
        return APIModel.Inequalities(
            synthetic: synthetic, notice: notice, indicator: id, area: area.code,
            inequalities: try pages.reader.inequalities(indicator: id, area: city ? nil : area.code),
            progress: city ? try pages.reader.progress(indicator: id) : nil)
    }

    /// `GET /api/areas`.
    func areas(_ query: Query) throws -> APIModel.AreaList {
        try query.requireValues()
        let kind = try query.choice("kind", Self.kinds)
        return APIModel.AreaList(
            synthetic: synthetic, notice: notice,
            areas: catalog.areas.filter { kind == nil || $0.kind == kind }.map(APIModel.Area.init))
    }

    /// `GET /api/areas/{code}`.
    func area(_ code: String, _ query: Query) throws -> APIModel.AreaProfile {
        try query.requireValues()
        let area = try pages.area(code)
        let rows = try pages.profile(area).map { row in
            APIModel.ProfileRow(
                indicator: row.definition.id, name: row.definition.name, unit: row.definition.unit,
                polarity: row.definition.polarity.rawValue, period: row.period,
                result: row.result,
                cityValue: row.city?.value, minimum: row.range?.0, lowerQuartile: row.range?.1,
                upperQuartile: row.range?.2, maximum: row.range?.3, areasCompared: row.areas)
        }
        return APIModel.AreaProfile(
            synthetic: synthetic, notice: notice, area: APIModel.Area(area), profile: rows)
    }

    /// `GET /api/about`.
    func about(_ query: Query) throws -> APIModel.About {
        try query.requireValues()
        let facts = try pages.store.dataset()
        let summary = try pages.store.summary()
        return APIModel.About(
            synthetic: synthetic, notice: notice, place: catalog.pack.name, pack: catalog.pack.id,
            seed: facts["seed"],
            personsRequested: facts["persons_requested"].flatMap { Int($0) },
            studyYears: facts["study_years"],
            resultsComputedAt: facts["results_computed_at"],
            suppressionThreshold: catalog.set.suppressionThreshold,
            syntheticNote: synthetic ? catalog.pack.syntheticNote : nil,
            tables: summary.tableRows.map { APIModel.TableRows(table: $0.table, rows: $0.rows) },
            loads: summary.loads.map {
                APIModel.Load(
                    file: Self.fileName($0.file), table: $0.table, at: $0.at, status: $0.status,
                    rowsRead: $0.rowsRead,
                    rowsStored: $0.rowsStored, rowsQuarantined: $0.rejections.count)
            })
    }
}
