import Scenarios

/// A published scenario result as JSON, the same on the command line and in the API: what produced
/// it, every series of the areas asked for (withheld figures null), the waterfall and the share of
/// runs in which the deprived gap narrowed.
public struct ScenarioDocument: Encodable, Sendable {
    let scenario: PublishedScenario
    let areaKinds: Set<ScenarioArea.Kind>?

    /// The document of `scenario`, with the series of the areas of `areaKinds` (all when nil).
    public init(_ scenario: PublishedScenario, areaKinds: Set<ScenarioArea.Kind>? = nil) {
        self.scenario = scenario
        self.areaKinds = areaKinds
    }

    private enum Keys: String, CodingKey {
        case id, scenarioID, name, fileName, fileHash, seed, runs, baselineYear, horizonYear, codeVersion
        case contentVersion, createdAt, synthetic, notice, years, series, waterfall
        case gapNarrowed = "deprivedGapNarrowedShare"
    }

    private struct Series: Encodable {
        let series: PublishedScenario.Series
        let area: ScenarioArea
        enum Keys: String, CodingKey { case measure, areaType, area, mean, p10, p50, p90 }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(series.measure.rawValue, forKey: .measure)
            try c.encode(area.kind.rawValue, forKey: .areaType)
            try c.encode(area.name, forKey: .area)
            try c.encode(series.mean.map(Nullable.init), forKey: .mean)
            try c.encode(series.p10.map(Nullable.init), forKey: .p10)
            try c.encode(series.p50.map(Nullable.init), forKey: .p50)
            try c.encode(series.p90.map(Nullable.init), forKey: .p90)
        }
    }

    private struct Step: Encodable {
        let step: String
        let totalCost: Double
        let bedDays: Double

    }

    /// Encodes the document.
    public func encode(to encoder: any Encoder) throws {
        let r = scenario.record
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(r.id, forKey: .id)
        try c.encode(r.scenarioID, forKey: .scenarioID)
        try c.encode(r.name, forKey: .name)
        try c.encode(r.fileName, forKey: .fileName)
        try c.encode(r.fileHash, forKey: .fileHash)
        try c.encode(r.seed, forKey: .seed)
        try c.encode(r.runs, forKey: .runs)
        try c.encode(r.baselineYear, forKey: .baselineYear)
        try c.encode(r.horizonYear, forKey: .horizonYear)
        try c.encode(r.codeVersion, forKey: .codeVersion)
        try c.encode(r.contentVersion, forKey: .contentVersion)
        try c.encode(r.createdAt, forKey: .createdAt)
        try c.encode(r.synthetic, forKey: .synthetic)
        if r.synthetic { try c.encode(Vocabulary.syntheticNotice, forKey: .notice) }
        try c.encode(scenario.years, forKey: .years)
        try c.encode(
            scenario.series.filter { areaKinds?.contains(scenario.areas[$0.area].kind) ?? true }.map {
                Series(series: $0, area: scenario.areas[$0.area])
            }, forKey: .series)
        try c.encode(
            ScenarioOutcome.steps.indices.map {
                Step(
                    step: ScenarioOutcome.steps[$0], totalCost: scenario.costWaterfall[$0],
                    bedDays: scenario.bedDayWaterfall[$0])
            }, forKey: .waterfall)
        try c.encode(scenario.gapNarrowed, forKey: .gapNarrowed)
    }
}
