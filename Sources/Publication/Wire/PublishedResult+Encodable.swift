import Engine

extension PublishedResult: Encodable {
    enum CodingKeys: String, CodingKey {
        case indicator, period, breakdown, group, groupName, suppressed, numerator, denominator, value,
            lower95
        case upper95, lower998, upper998, benchmark, benchmarkLabel, compared95, compared998, assessment,
            trend
        case trendText
    }

    /// The result as `placehealth indicator --format json` and `GET /api/indicators/{id}/results`
    /// give it: every member present, withheld figures null.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(period, forKey: .period)
        try c.encode(breakdown, forKey: .breakdown)
        try c.encode(group, forKey: .group)
        try c.encode(groupName ?? group, forKey: .groupName)
        try c.encode(suppressed, forKey: .suppressed)
        try c.encodeFigures([
            (.numerator, numerator), (.denominator, denominator), (.value, value), (.lower95, lower95),
            (.upper95, upper95), (.lower998, lower998), (.upper998, upper998), (.benchmark, benchmark),
        ])
        try c.encodeOrNull(benchmarkLabel, forKey: .benchmarkLabel)
        try c.encodeOrNull(compared95?.rawValue, forKey: .compared95)
        try c.encodeOrNull(compared998?.rawValue, forKey: .compared998)
        try c.encodeOrNull(assessment?.rawValue, forKey: .assessment)
        try c.encodeOrNull(trend?.rawValue, forKey: .trend)
        try c.encodeOrNull(trendText, forKey: .trendText)
    }
}
