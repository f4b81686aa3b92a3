import PlaceModel
import Access
import Population
import Publication

extension PopulationPages {
    /// `/population/segments`: flows between segments over the year (everyone, the most deprived
    /// decile, the rest) and each segment's activity in the next 12 months by a breakdown.
    func segmentDetail(by breakdown: Breakdown) -> HTML {
        let choices = Self.breakdowns.map { (value: $0.rawValue, label: Self.label($0)) }
        let filter: HTML = """
            <form class="filter" method="get" action="/population/segments"><label>Outcomes by <select name="by">\
            \(Pages.options(choices, selected: breakdown.rawValue))</select></label><button type="submit">Show</button></form>
            """
        // The three tables add up (decile 1 and deciles 2-10 make everyone), so they are masked jointly.
        let titles = ["Everyone", "Most deprived decile (IMD decile 1)", "Deciles 2 to 10"]
        let flows = PopulationDisclosure.publishedDeciles.map { service.flows(deciles: $0) }
        let masks = PopulationDisclosure.flows(flows, threshold: audience.threshold)
        let body: HTML = """
            \(account.bar)
            <h1>Segments: flows and outcomes</h1>
            <p class="lead">How people moved between the nine segments from \(service.previousDate.description) to \
            \(service.date.description), and what each segment used in the 12 months after \(service.date.description).\
            \(service.synthetic ? " SYNTHETIC data." : "")</p>
            \(audience.notice)
            \(HTML.join(flows.indices.map { flowTable(flows[$0], mask: masks[$0], title: titles[$0]) }))
            \(filter)\(outcomeTable(service.outcomes(by: breakdown)))
            """
        return layout.page(
            title: "Segment flows and outcomes", section: .population,
            crumbs: [("Population", "/population")],
            body: body)
    }

    /// One flow matrix.
    func flowTable(_ flows: SegmentFlows, mask: Withheld, title: String) -> HTML {
        let name = { (id: String) -> String in Segment(id: id)?.name ?? id }
        let rows = flows.counts.enumerated().map { r, counts -> HTML in
            let cells = counts.enumerated().map { audience.cell($1, withheld: mask.isWithheld(r, $0)) }
            return "<tr><th scope=\"row\">\(name(flows.fromStates[r]))</th>\(cells)</tr>"
        }
        return """
            <h2>Flows: \(title)</h2><div class="table-scroll" tabindex="0"><table class="cards">
            <caption>Persons by segment on \(flows.from) (rows) and on \(flows.to) (columns)</caption>
            <thead><tr><th scope="col">From \\ to</th>\(flows.toStates.map { "<th scope=\"col\">\(name($0))</th>" as HTML })</tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
    }

    /// Each segment's activity in the next 12 months.
    func outcomeTable(_ outcomes: SegmentOutcomes) -> HTML {
        let mask = service.disclosure.outcomes(outcomes, threshold: audience.threshold)
        let rows = outcomes.rows.enumerated().map { r, row -> HTML in
            let values = SegmentOutcomes.values(row)
            let cells = values.enumerated().map { audience.cell($1, withheld: mask.isWithheld(r, $0)) }
            return
                "<tr><th scope=\"row\">\(service.data.areas.name(row.group))</th><td>\(Segment(id: row.segment)?.name ?? row.segment)</td>\(cells)</tr>"
        }
        let head = SegmentOutcomes.measures.map {
            "<th scope=\"col\">\($0.replacingOccurrences(of: "_", with: " "))</th>" as HTML
        }
        return """
            <h2>Outcomes in the next 12 months by \(Self.label(outcomes.breakdown))</h2><div class="table-scroll" tabindex="0"><table class="cards">
            <caption>Activity of each segment’s people from \(outcomes.date)</caption>
            <thead><tr><th scope="col">\(Self.label(outcomes.breakdown).capitalizedFirst)</th><th scope="col">Segment</th>\(head)</tr></thead>
            <tbody>\(rows)</tbody></table></div>
            <p class="note">There are no costs in the data model, so outcomes are counts of activity.</p>
            """
    }
}

extension String {
    /// The string with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
