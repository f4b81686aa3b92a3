import Engine
import PlacePack

extension Scorecard: Encodable {
    enum CodingKeys: String, CodingKey {
        case vision, synthetic, notice, unsuppressed, area, areaName, breakdown, period, outcomes
        case otherPriorities, sets
    }

    /// The scorecard as `placehealth scorecard --format json` and `GET /api/scorecard` give it: the
    /// area, then outcomes → priorities → indicators, then the other plans.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(vision, forKey: .vision)
        try c.encode(synthetic, forKey: .synthetic)
        try c.encodeOrNull(synthetic ? Vocabulary.syntheticNotice : nil, forKey: .notice)
        try c.encode(unsuppressed, forKey: .unsuppressed)
        try c.encode(area, forKey: .area)
        try c.encode(areaName, forKey: .areaName)
        try c.encode(breakdown, forKey: .breakdown)
        try c.encode(period, forKey: .period)
        try c.encode(outcomes, forKey: .outcomes)
        try c.encode(
            otherPriorities.map { Named(number: $0.number, name: $0.name) }, forKey: .otherPriorities)
        try c.encode(sets, forKey: .sets)
    }

    struct Named: Encodable {
        let number: Int
        let name: String
    }
}

extension Scorecard.OutcomeSection: Encodable {
    enum CodingKeys: String, CodingKey { case number, name, priorities }

    /// The outcome's number and name, and its priorities.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(outcome.number, forKey: .number)
        try c.encode(outcome.name, forKey: .name)
        try c.encode(priorities, forKey: .priorities)
    }
}

extension Scorecard.PrioritySection: Encodable {
    enum CodingKeys: String, CodingKey { case number, name, indicators }

    /// The priority's number and name, and its indicators.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(priority.number, forKey: .number)
        try c.encode(priority.name, forKey: .name)
        try c.encode(rows, forKey: .indicators)
    }
}

extension Scorecard.SetSection: Encodable {
    enum CodingKeys: String, CodingKey { case id, name, indicators }

    /// The plan's id and name, and its indicators.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(rows, forKey: .indicators)
    }
}

extension ScorecardRow: Encodable {
    enum CodingKeys: String, CodingKey {
        case indicator, name, unit, polarity, method, periodType, outcome, priorities, latest, series
        case inequality, progress, inequalityBasis, inequalityBasisText
    }

    /// The indicator's identity, its latest published result, its series, inequality and progress,
    /// and what the inequality figures are computed on.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(definition.id, forKey: .indicator)
        try c.encode(definition.name, forKey: .name)
        try c.encode(definition.unit, forKey: .unit)
        try c.encode(definition.polarity.rawValue, forKey: .polarity)
        try c.encode(definition.method.rawValue, forKey: .method)
        try c.encode(definition.period.rawValue, forKey: .periodType)
        try c.encode(definition.outcome, forKey: .outcome)
        try c.encode(definition.priorities, forKey: .priorities)
        try c.encode(latest, forKey: .latest)
        try c.encode(series, forKey: .series)
        try c.encode(inequality, forKey: .inequality)
        try c.encode(progress, forKey: .progress)
        try c.encode(definition.inequality.kind.rawValue, forKey: .inequalityBasis)
        try c.encode(definition.inequality.label, forKey: .inequalityBasisText)
    }
}
