import Engine
import PlacePack
import Store

extension Pages {
    /// About the data: what is synthetic or assumed, sources and definitions, calibration, loads and
    /// quarantine, and when the results were computed.
    func about(_ query: Query) throws -> HTML {
        let facts = try store.dataset()
        let synthetic = facts["synthetic"] == "true"
        let place = catalog.pack.name
        var body: HTML = "<h1>About the data</h1>"
        if synthetic {
            body.append(
                """
                <h2 id="synthetic">What is synthetic</h2>
                <p class="lead"><strong>Every figure in this dashboard comes from a SYNTHETIC \(place)</strong>: a generated
                population of \(Format.grouped(Int(facts["persons_requested"] ?? "") ?? 0)) people and their activity over
                \(facts["study_years"] ?? "ten years"), calibrated to published figures. No real person is in it and no
                value is a real \(place) value.</p>
                <dl class="facts"><dt>Generator</dt><dd>\(facts["generator"] ?? "placehealth synth")</dd>\
                <dt>Seed</dt><dd>\(facts["seed"] ?? "–")</dd><dt>Place pack</dt><dd>\(facts["pack"] ?? catalog.pack.id)</dd></dl>
                <p>\(catalog.pack.syntheticNote)</p>
                <p>Aggregate indicators (surveys, police, schools, ONS) are synthetic too. England benchmarks marked
                “assumed” are values of the right order, not checked against the current release.</p>
                """)
        } else {
            body.append(
                "<h2 id=\"synthetic\">Data</h2><p class=\"lead\">Loaded data for \(place) (not synthetic). England benchmarks marked “assumed” are not checked against the current release.</p>"
            )
        }
        body.append(
            """
            <h2 id="computed">When results were computed</h2>
            <p>\(facts["results_computed_at"].map { "Results were computed \(Format.timestamp($0)) by placehealth compute." } ?? "No results have been computed yet: run placehealth compute.")
            Counts from 1 to \(catalog.set.suppressionThreshold - 1) are suppressed in every output, and one more group
            is suppressed where a single suppressed group could be worked out from the total.</p>
            <h2 id="definitions">Sources and definitions</h2>
            \(sourcesTable())
            """)
        if synthetic { body.append(try calibrationSection()) }
        body.append(HTML(raw: ScenarioPages.backtestMarker))
        body.append(try loadsSection())
        return layout.page(title: "About the data", section: .about, body: body)
    }

    /// Every indicator's framework source and benchmark.
    func sourcesTable() -> HTML {
        let rows = catalog.set.indicators.map { d -> HTML in
            let benchmark =
                d.benchmark.map { b in
                    "\(Format.number(b.england)) (\(b.period ?? "")): \(b.source)\(b.assumed ? " — assumed" : "")"
                } ?? "none"
            return """
                <tr><th scope="row" data-label="Indicator"><a href="/indicators/\(d.id)">\(d.name)</a></th>\
                <td data-label="Definition">\(d.definition)</td><td data-label="Follows">\(d.follows)</td>\
                <td data-label="Benchmark">\(benchmark)</td></tr>
                """
        }
        return """
            <details><summary>Table: the \(catalog.set.indicators.count) indicators, their sources and benchmarks</summary>
            <div class="table-scroll" tabindex="0"><table class="cards"><thead><tr><th scope="col">Indicator</th><th scope="col">Definition</th>\
            <th scope="col">Follows</th><th scope="col">England benchmark</th></tr></thead><tbody>\(rows)</tbody></table></div></details>
            """
    }

    /// The calibration report: the synthetic place against the published figures it was made to match.
    func calibrationSection() throws -> HTML {
        let results = try Calibration(store: store, pack: catalog.pack).run()
        let rows = results.map { r -> HTML in
            """
            <tr><th scope="row" data-label="Target">\(r.target.description)</th><td data-label="Period">\(r.target.period)</td>\
            <td class="num" data-label="Published">\(Format.number(r.expected, decimals: 2))</td>\
            <td class="num" data-label="Synthetic">\(r.synthetic.map { Format.number($0, decimals: 2) } ?? "not measured")</td>\
            <td data-label="Result">\(r.passed ? "Within tolerance" : "Outside tolerance")</td>\
            <td data-label="Source">\(r.target.source)\(r.target.assumption ? " (assumption)" : "")</td></tr>
            """
        }
        return """
            <h2 id="calibration">Calibration report</h2>
            <p>\(results.filter(\.passed).count) of \(results.count) calibration targets are within tolerance (published
            counts are scaled to the synthetic population).</p>
            <details open><summary>Table: calibration targets, published and synthetic</summary><div class="table-scroll" tabindex="0"><table class="cards">\
            <thead><tr><th scope="col">Target</th><th scope="col">Period</th><th scope="col" class="num">Published</th>\
            <th scope="col" class="num">Synthetic</th><th scope="col">Result</th><th scope="col">Source</th></tr></thead>\
            <tbody>\(rows)</tbody></table></div></details>
            """
    }

    /// Rows per table, and the loads with the number of rows quarantined (reasons stay in the reports).
    func loadsSection() throws -> HTML {
        let summary = try store.summary()
        let tables = summary.tableRows.map {
            "<tr><th scope=\"row\" data-label=\"Table\">\($0.table)</th><td class=\"num\" data-label=\"Rows\">\(Format.grouped($0.rows))</td></tr>"
                as HTML
        }
        let loads = summary.loads.map { l -> HTML in
            """
            <tr><th scope="row" data-label="File">\(JSONAPI.fileName(l.file))</th><td data-label="Table">\(l.table)</td><td data-label="When">\(l.at)</td>\
            <td data-label="Status">\(l.status)</td><td class="num" data-label="Read">\(Format.grouped(l.rowsRead))</td>\
            <td class="num" data-label="Stored">\(Format.grouped(l.rowsStored))</td>\
            <td class="num" data-label="Quarantined">\(Format.grouped(l.rejections.count))</td></tr>
            """
        }
        let loadTable: HTML =
            loads.isEmpty
            ? "<p>No files have been loaded into this store (it was generated whole).</p>"
            : """
            <div class="table-scroll" tabindex="0"><table class="cards"><caption>Recent loads</caption><thead><tr><th scope="col">File</th>\
            <th scope="col">Table</th><th scope="col">When</th><th scope="col">Status</th><th scope="col" class="num">Read</th>\
            <th scope="col" class="num">Stored</th><th scope="col" class="num">Quarantined</th></tr></thead><tbody>\(loads)</tbody></table></div>
            <p>Quarantined rows are listed, with their line, field and reason, in the quarantine report beside each file.</p>
            """
        return """
            <h2 id="loads">Loads and quarantine</h2>\(loadTable)
            <details><summary>Table: records stored per table</summary><table class="cards"><thead><tr><th scope="col">Table</th>\
            <th scope="col" class="num">Rows</th></tr></thead><tbody>\(tables)</tbody></table></details>
            """
    }
}
