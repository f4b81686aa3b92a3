import PlaceModel
import Access
import Foundation
import Population
import Publication

/// The population health pages: segments, frailty, the risk model and cohorts (aggregates,
/// suppressed but for analysts), case-finding lists and timelines (person-level, for clinicians in
/// their areas), and the audit review (for the governance lead). Rendered per request.
struct PopulationPages: Sendable {
    /// The population service.
    let service: PopulationService
    /// The viewer's account bar and form token.
    let account: AccountPages
    /// How the viewer sees counts.
    let audience: Audience

    var layout: Layout { account.layout }
    var user: User? { account.user }

    init(service: PopulationService, account: AccountPages) {
        self.service = service
        self.account = account
        audience = Audience(
            threshold: service.threshold, unsuppressed: service.policy.unsuppressed(account.user))
    }

    /// The breakdowns offered on the overview.
    static let breakdowns: [Breakdown] = [.lcp, .decile, .lifeStage, .sex, .ethnicity, .city]

    /// A breakdown in words ("LCP", "IMD decile", ...).
    static func label(_ breakdown: Breakdown) -> String {
        switch breakdown {
        case .city: return "the whole place"
        case .lcp: return "LCP"
        case .practice: return "practice"
        case .decile: return "IMD decile"
        case .ethnicity: return "ethnic group"
        case .sex: return "sex"
        case .lifeStage: return "life stage"
        case .age: return "five-year age band"
        case .ward: return "ward"
        case .pcn: return "PCN"
        case .deprivation: return "deprived or not"
        }
    }

    /// `/population`: segments and frailty by a breakdown, the risk model, the cohorts.
    func overview(by breakdown: Breakdown) -> HTML {
        let segments = service.segments(by: breakdown)
        let frailty = service.frailty(by: breakdown)
        let choices = Self.breakdowns.map { (value: $0.rawValue, label: Self.label($0)) }
        let filter: HTML = """
            <form class="filter" method="get" action="/population"><label>Group by <select name="by">\
            \(Pages.options(choices, selected: breakdown.rawValue))</select></label><button type="submit">Show</button></form>
            """
        let segmentMask = service.disclosure.segments(segments, threshold: audience.threshold)
        let segmentRows = segments.rows.enumerated().map { r, row -> HTML in
            let cells = row.counts.enumerated().map {
                audience.cell($1, withheld: segmentMask.isWithheld(r, $0))
            }
            return
                "<tr><th scope=\"row\">\(service.data.areas.name(row.group))</th>\(cells)\(audience.cell(row.total, withheld: segmentMask.isRowTotalWithheld(r)))</tr>"
        }
        let segmentHead = segments.segments.map { id -> HTML in
            "<th scope=\"col\">\(Segment(id: id)?.name ?? id)</th>"
        }
        let frailtyMask = service.disclosure.frailty(frailty, threshold: audience.threshold)
        let frailtyRows = frailty.rows.enumerated().map { r, row -> HTML in
            let cells = row.counts.enumerated().map {
                audience.cell($1, withheld: frailtyMask.isWithheld(r, $0))
            }
            let mean: HTML =
                frailtyMask.isRowTotalWithheld(r) && !audience.unsuppressed
                ? "<td>suppressed</td>"
                : "<td class=\"num\">\(Format.number(row.meanScore, decimals: 3))</td>"
            return "<tr><th scope=\"row\">\(service.data.areas.name(row.group))</th>\(cells)\(mean)</tr>"
        }
        let body: HTML = """
            \(account.bar)
            <h1>Population health management</h1>
            <p class="lead">Everyone registered or resident on \(service.date.description), in the nine segments of the \
            Leeds Segmentation Model; the electronic frailty index of people aged 65 and over; the risk of an \
            emergency admission in the next 12 months; and the pack’s cohorts.\(service.synthetic ? " SYNTHETIC data." : "")</p>
            \(filter)\(audience.notice)
            <h2 id="segments">Segments by \(Self.label(breakdown))</h2>
            <p><a href="/population/segments">Flows between segments over the year, and each segment’s outcomes</a></p>
            <div class="table-scroll" tabindex="0"><table class="cards"><caption>Persons by segment on \(service.date.description)</caption>
            <thead><tr><th scope="col">\(Self.label(breakdown).capitalizedFirst)</th>\(segmentHead)<th scope="col">All</th></tr></thead>
            <tbody>\(segmentRows)</tbody></table></div>
            <h2 id="frailty">Frailty (eFI, aged 65+) by \(Self.label(breakdown))</h2>
            <div class="table-scroll" tabindex="0"><table class="cards"><caption>Persons aged 65+ by frailty category</caption>
            <thead><tr><th scope="col">\(Self.label(breakdown).capitalizedFirst)</th>\(frailty.categories.map { "<th scope=\"col\">\($0)</th>" as HTML })<th scope="col">Mean eFI</th></tr></thead>
            <tbody>\(frailtyRows)</tbody></table></div>
            \(riskSection)
            \(cohortSection)
            \(personLevelLinks)
            """
        return layout.page(title: "Population health", section: .population, body: body)
    }

    /// The risk model's out-of-time validation, or how to fit one.
    var riskSection: HTML {
        guard let report = service.riskReport else {
            return
                "<h2 id=\"risk\">Risk of emergency admission</h2><p>No risk model is stored: run <code>placehealth risk train</code>.</p>"
        }
        let pct = { (v: Double?) -> String in v.map { Format.number($0 * 100, decimals: 1) + "%" } ?? "–" }
        let mask = service.riskDisclosure(report)
        let rows = report.byDeprivationDecile.enumerated().map { r, p -> HTML in
            let hidden = mask.decile(r)
            func figure(_ text: String, _ withheld: Bool) -> HTML {
                withheld && !audience.unsuppressed ? "<td>suppressed</td>" : "<td class=\"num\">\(text)</td>"
            }
            return
                "<tr><th scope=\"row\">\(p.group)</th>\(audience.cell(p.persons, withheld: hidden.persons))\(figure(p.auroc.map { Format.number($0, decimals: 3) } ?? "–", hidden.rate))\(figure(pct(p.ppvTop2), hidden.ppv))\(figure(pct(p.sensitivityTop2), hidden.sensitivity))</tr>"
        }
        return """
            <h2 id="risk">Risk of emergency admission in 12 months</h2>
            <p>Model <code>\(report.modelVersion)</code>, trained on \(report.trainDate), tested out of time on \
            \(report.testDate): AUROC \(Format.number(report.overall.auroc, decimals: 3)), calibration slope \
            \(Format.number(report.calibrationSlope, decimals: 3)) and intercept \(Format.number(report.calibrationIntercept, decimals: 3)), \
            Brier score \(Format.number(report.overall.brier, decimals: 4)); the top 2% have a positive predictive value of \
            \(pct(report.overall.ppvTop2)) and a sensitivity of \(pct(report.overall.sensitivityTop2)).</p>
            <div class="table-scroll" tabindex="0"><table class="cards"><caption>Test period by IMD decile of the home (1 = most deprived)</caption>
            <thead><tr><th scope="col">Decile</th><th scope="col">Persons</th><th scope="col">AUROC</th><th scope="col">PPV top 2%</th><th scope="col">Sensitivity top 2%</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
    }

    /// The pack's cohorts, with links.
    var cohortSection: HTML {
        let items = service.catalog.cohorts.map { c -> HTML in
            service.isAvailable(c.id)
                ? "<li><a href=\"/population/cohorts/\(c.id)\">\(c.name)</a>: <code>\(c.rule)</code></li>"
                : "<li>\(c.name): <code>\(c.rule)</code> (needs a stored risk model)</li>"
        }
        return "<h2 id=\"cohorts\">Cohorts</h2><ul>\(items)</ul>"
    }

    /// Links to what the viewer's role adds.
    var personLevelLinks: HTML {
        switch user?.role {
        case .clinician?:
            return
                "<h2>Person-level</h2><p>Open a cohort above for its case-finding list, or <a href=\"/population/people\">a person’s timeline</a>.</p>"
        case .governance?:
            return "<h2>Governance</h2><p><a href=\"/audit\">The audit log and its monthly review</a>.</p>"
        default: return .empty
        }
    }
}
