import PlaceColumns
import Population
import Store

extension ScenarioModel {
    /// The model of `scenario` on `store`: its baseline year's activity, the population projected
    /// under each migration variant it weighs (by LCP and decile, ``PopulationProjection``), and the
    /// health status slopes. Read through the shared columnar model; only counts come out.
    ///
    /// - Throws: `PackError` at the file's `baseline_year` when the store has no activity or
    ///   residents that year; the store's errors.
    public init(
        store: any PlaceStore, scenario: ScenarioDefinition, assumptions: ProjectionAssumptions
    ) throws {
        try self.init(inputs: try ScenarioInputs(store: store), scenario: scenario, assumptions: assumptions)
    }

    /// The model of `scenario` on inputs already read from the store.
    init(inputs: ScenarioInputs, scenario: ScenarioDefinition, assumptions: ProjectionAssumptions) throws {
        do {
            try self.init(checked: inputs, scenario: scenario, assumptions: assumptions)
        } catch let error as ScenarioError where error.isMissingBaseline {
            throw scenario.noDataForBaseline
        }
    }

    private init(
        checked inputs: ScenarioInputs, scenario: ScenarioDefinition, assumptions: ProjectionAssumptions
    )
        throws
    {
        let (columns, people) = (inputs.columns, inputs.people)
        let baseline = try inputs.baseline(year: scenario.baselineYear, oldest: assumptions.oldestAge)
        let variants = assumptions.variants.map(\.name).filter { (scenario.demography[$0] ?? 0) > 0 }
        let projections = try PopulationProjection.projections(
            people, births: columns.table("births"), assumptions: assumptions,
            baseline: scenario.baselineYear,
            horizon: scenario.horizonYear - scenario.baselineYear, variants: variants, areas: .lcpDecile)
        self.init(
            baseline: baseline, projections: projections, weights: variants.map { scenario.demography[$0]! },
            synthetic: inputs.synthetic)
    }

    /// Years of age pooled in a band for the population ratios of small areas (``DemographicGrowth``).
    static let demographyBand = 5

    /// The flags each setting's levers act on: the emergency admissions' mitigators, and frequent
    /// attendance for A&E.
    static func leverFlags(_ setting: ActivitySetting) -> ActivityFlags {
        switch setting {
        case .emergencyAdmission: return [.ambulatoryCareSensitive, .frail, .endOfLife, .readmission]
        case .aeAttendance: return [.frequentAttender]
        default: return []
        }
    }

    /// The model of `baseline` grown by `projections` (one a variant, by LCP and decile, from the
    /// baseline year), the variants drawn with `weights`.
    init(baseline: ActivityBaseline, projections: [PopulationProjection], weights: [Double], synthetic: Bool)
    {
        let lcps = baseline.lcps
        let oldest = baseline.oldest
        let years = projections[0].years.count - 1
        var cells: [ScenarioGroup: [(key: ActivityKey, totals: ActivityTotals)]] = [:]
        for (key, totals) in baseline.cells {
            let area = (key.lcp >= 0 ? Int(key.lcp) : lcps.count) * 11 + Int(key.decile)
            let flags = key.flags.intersection(Self.leverFlags(key.setting)).rawValue
            cells[ScenarioGroup(area: area, setting: key.setting.rawValue, flags: flags), default: []].append(
                (key, totals))
        }
        // Each group's cells in a fixed order, so that sums are the same in every process.
        for group in cells.keys {
            cells[group]!.sort { a, b in
                let (x, y) = (a.key, b.key)
                // A group's cells share their area and setting.
                return (x.age, x.sex.rawValue, x.segment, x.flags.rawValue) < (
                    y.age, y.sex.rawValue, y.segment, y.flags.rawValue
                )
            }
        }
        let groups = cells.keys.sorted()
        let width = oldest + 1
        var expected = [Double](repeating: 0, count: projections.count * (years + 1) * groups.count * 9)
        var population: [Double] = []
        for (v, projection) in projections.enumerated() {
            for t in 0...years {
                let grid = projection.years[t]
                population += grid.areas.indices.map { grid.total(area: $0) }
                let ratios = DemographicGrowth.ratios(
                    base: projection.years[0], projected: grid, band: Self.demographyBand)
                for (g, group) in groups.enumerated() {
                    let at = ((v * (years + 1) + t) * groups.count + g) * 9
                    for (key, totals) in cells[group]! {
                        let ratio = ratios[(group.area * 2 + key.sex.rawValue) * width + Int(key.age)]
                        let part = Int(key.age) < HealthStatus.fromAge ? 0 : 1 + key.sex.rawValue
                        let delayed = totals.delayedWithinStay
                        expected[at + part] += Double(totals.count) * ratio
                        expected[at + 3 + part] += Double(totals.bedDays - delayed) * ratio
                        expected[at + 6 + part] += Double(delayed) * ratio
                    }
                }
            }
        }
        self.init(
            baselineYear: baseline.year, years: years, lcps: lcps, variants: projections.map(\.variant),
            weights: weights, groups: groups, expected: expected, population: population,
            slopes: Self.slopes(baseline, projections[0].years[0]), synthetic: synthetic)
    }

    /// The health status slope of each setting and sex, fitted to the city's baseline activity by
    /// single year of age from ``HealthStatus/fromAge`` to the year before the open oldest age.
    static func slopes(_ baseline: ActivityBaseline, _ base: PopulationGrid) -> [Double] {
        let ages = Array(HealthStatus.fromAge..<max(HealthStatus.fromAge, baseline.oldest))
        var counts = [Double](repeating: 0, count: ActivitySetting.allCases.count * 2 * (baseline.oldest + 1))
        for (key, totals) in baseline.cells {
            counts[(key.setting.rawValue * 2 + key.sex.rawValue) * (baseline.oldest + 1) + Int(key.age)] +=
                Double(totals.count)
        }
        return ActivitySetting.allCases.flatMap { setting in
            Sex.allCases.map { sex in
                let row = (setting.rawValue * 2 + sex.rawValue) * (baseline.oldest + 1)
                return HealthStatus.slope(
                    ages: ages.map(Double.init), counts: ages.map { counts[row + $0] },
                    exposure: ages.map { base.total(sex: sex, ages: $0...$0) })
            }
        }
    }
}
