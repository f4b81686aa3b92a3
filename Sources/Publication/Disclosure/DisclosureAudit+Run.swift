import Engine
import PlaceModel
import PlacePack
import Population
import Store

extension DisclosureAudit {
    /// Audits everything public of `store`: every indicator's results as ``PublishedResults``
    /// publishes them, and the population aggregates on `date` (default: 1 January of the store's
    /// last study year) as ``PopulationDisclosure`` masks them. `progress` hears each quantity.
    public static func run(
        store: any PlaceStore, pack: PlacePack, date: CivilDate? = nil, progress: (String) -> Void = { _ in }
    ) throws -> DisclosureAudit {
        let set = try pack.indicators()
        let threshold = set.suppressionThreshold
        var findings: [Finding] = []
        let published = try PublishedResults(store: store, set: set)
        let raw = IndicatorResults(store: store)
        for definition in set.indicators {
            progress("indicator \(definition.id)")
            let results = try raw.results(indicator: definition.id)
            guard !results.isEmpty else { continue }
            let shown = try published.results(indicator: definition.id)
            let withheld = Set(shown.filter(\.suppressed).map { "\($0.period)|\($0.breakdown)|\($0.group)" })
            let keys = results.map { "\($0.period)|\($0.breakdown)|\($0.group)" }
            var measures = [IndicatorDisclosure.whole(results.map(\.numerator))]
            if results.allSatisfy({ $0.denominator != nil }) {
                measures.append(IndicatorDisclosure.whole(results.map { $0.denominator ?? 0 }))
            }
            findings.append(
                check(
                    "indicator \(definition.id)", keys: keys,
                    measures: measures.allSatisfy { $0 != nil } ? measures.compactMap { $0 } : nil,
                    hidden: keys.map(withheld.contains),
                    identities: IndicatorDisclosure.identities(results, parents: published.parents),
                    threshold: threshold))
        }
        let data = try PopulationLoader(store: store).load()
        guard data.count > 0 else { return DisclosureAudit(findings: findings, threshold: threshold) }
        guard let day = try date ?? PopulationLoader(store: store).lastStudyYearStart() else {
            return DisclosureAudit(findings: findings, threshold: threshold)
        }
        let snapshot = PopulationSnapshot(data: data, date: day)
        let disclosure = PopulationDisclosure(data: data, snapshot: snapshot)
        progress("population")
        findings.append(disclosure.auditPopulation(threshold: threshold))
        progress("segment outcomes")
        findings += disclosure.auditOutcomes(threshold: threshold)
        progress("segment flows")
        let first = PopulationSnapshot(data: data, date: day.yearBefore)
        let flows = PopulationDisclosure.publishedDeciles.map {
            SegmentFlows(data: data, first: first, second: snapshot, deciles: $0)
        }
        findings.append(PopulationDisclosure.auditFlows(flows, threshold: threshold))
        let stored = try RiskModelStore(store: store).load(version: nil)
        if let report = stored?.report {
            progress("risk report")
            findings.append(RiskDisclosure(report, threshold: threshold).audit(threshold: threshold))
        }
        let scores = stored?.model.scores(data, snapshot)
        for cohort in try CohortCatalog(pack: pack).cohorts {
            let rule = try CohortRule(cohort.rule, areas: data.areas)
            guard !rule.usesRisk || scores != nil else { continue }
            progress("cohort \(cohort.id)")
            let evaluator = try CohortEvaluator(rule: rule, data: data, snapshot: snapshot, scores: scores)
            findings.append(disclosure.auditCohort(cohort.id, evaluator, threshold: threshold))
        }
        return DisclosureAudit(findings: findings, threshold: threshold)
    }
}

extension PopulationDisclosure {
    /// The population problem with each cell withheld as the published tables of every breakdown
    /// withhold it (a cell in two tables is published if either table shows it).
    func auditPopulation(threshold: Int) -> DisclosureAudit.Finding {
        let problem = populationProblem()
        var shown = [Bool](repeating: false, count: problem.keys.count)
        var seen = [Bool](repeating: false, count: problem.keys.count)
        func mark(_ key: String, _ withheld: Bool) {
            guard let i = problem.index(key) else { return }
            seen[i] = true
            if !withheld { shown[i] = true }
        }
        for breakdown in Breakdown.population {
            let b = breakdown.rawValue
            let counts = SegmentCounts(data: data, snapshot: snapshot, by: breakdown)
            let mask = segments(counts, threshold: threshold)
            for (r, row) in counts.rows.enumerated() {
                for (c, id) in counts.segments.enumerated() {
                    mark("seg|\(b)|\(row.group)|\(id)", mask.isWithheld(r, c))
                }
                mark("pop|\(b)|\(row.group)", mask.isRowTotalWithheld(r))
            }
            let summary = FrailtySummary(data: data, snapshot: snapshot, by: breakdown)
            let frail = frailty(summary, threshold: threshold)
            for (r, row) in summary.rows.enumerated() {
                for (k, name) in summary.categories.enumerated() {
                    mark("frail|\(b)|\(row.group)|\(name)", frail.isWithheld(r, k))
                }
                mark(Self.olderKey(breakdown, row.group), frail.isRowTotalWithheld(r))
            }
        }
        // A cell no table shows (the place's people aged 65+ when no table has it) is unknown.
        let hidden = zip(shown, seen).map { !$0 || !$1 }
        return DisclosureAudit.check(
            "population", keys: problem.keys, measures: [problem.values], hidden: hidden,
            identities: problem.identities, threshold: threshold)
    }

    /// Each measure of the segment outcomes after persons (those are the population problem's),
    /// withheld as the published tables of every breakdown withhold them.
    func auditOutcomes(threshold: Int) -> [DisclosureAudit.Finding] {
        let tables = Breakdown.population.map { SegmentOutcomes(data: data, snapshot: snapshot, by: $0) }
        let masks = tables.map { outcomes($0, threshold: threshold) }
        let problems = outcomeMeasures(threshold: threshold).map(\.problem)
        return problems.enumerated().map { i, problem in
            let k = i + 1
            var hidden = [Bool](repeating: true, count: problem.keys.count)
            for (table, mask) in zip(tables, masks) {
                for (r, row) in table.rows.enumerated() {
                    let key = Self.outcomeKey(k, table.breakdown.rawValue, row.group, row.segment)
                    if let cell = problem.index(key) { hidden[cell] = mask.isWithheld(r, k) }
                }
            }
            return DisclosureAudit.check(
                "outcomes \(SegmentOutcomes.measures[k])", keys: problem.keys, measures: [problem.values],
                hidden: hidden, identities: problem.identities, threshold: threshold)
        }
    }

    /// One cohort's persons, withheld as its published tables of every breakdown withhold them.
    func auditCohort(_ id: String, _ evaluator: CohortEvaluator, threshold: Int) -> DisclosureAudit.Finding {
        let tables = Breakdown.population.map { CohortCounts(evaluator, by: $0) }
        var problem = DisclosureProblem()
        var hidden: [Bool] = []
        for table in tables {
            let mask = cohort(table, threshold: threshold) { b in tables.first { $0.breakdown == b }! }
            for (r, row) in table.rows.enumerated() {
                problem.cell("cohort|\(table.breakdown.rawValue)|\(row.group)", row.persons)
                hidden.append(mask.isWithheld(r, 0))
            }
        }
        Self.addIdentities(&problem, data.areas, groups: tables.map { ($0.breakdown, $0.rows.map(\.group)) })
        {
            ["cohort|\($0)|\($1)"]
        }
        return DisclosureAudit.check(
            "cohort \(id)", keys: problem.keys, measures: [problem.values], hidden: hidden,
            identities: problem.identities, threshold: threshold)
    }
}
