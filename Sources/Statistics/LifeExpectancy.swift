import Foundation

/// Life expectancy by the Chiang II abridged life table with Silcocks' variance
/// (PHEindicatormethods `phe_life_expectancy`), for the 20 standard bands 0, 1-4, 5-9, …, 85-89, 90+.
///
/// For band i with width nᵢ (the last band, 90+, takes nᵢ = 2/Mᵢ), fraction of the band lived by those
/// who die aᵢ (0.1 for age 0, else 0.5) and death rate Mᵢ = Dᵢ/Pᵢ:
/// qᵢ = Mᵢnᵢ / (1 + Mᵢnᵢ(1 − aᵢ)) (1 when Dᵢ > Pᵢ/nᵢ/aᵢ, and always 1 in the last band),
/// l₀ = 100,000, lᵢ₊₁ = lᵢ(1 − qᵢ), dᵢ = lᵢ − lᵢ₊₁, Lᵢ = nᵢ(lᵢ₊₁ + aᵢdᵢ) (last: lᵢ/Mᵢ),
/// eᵢ = Σⱼ≥ᵢ Lⱼ / lᵢ. Variance: Σⱼ≥ᵢ lⱼ² ((1 − aⱼ)nⱼ + eⱼ₊₁)² qⱼ²(1 − qⱼ)/Dⱼ / lᵢ² (last band:
/// (l/2)² · 4/(D M²)). Limits eᵢ ± z·SE.
///
/// Suppression as the reference: a total population of 5,000 or fewer, or more deaths than people in
/// any band, suppresses every value and limit of the group; a 95% interval wider than 20 years
/// suppresses that value (its limits are kept, as the reference keeps them).
public enum LifeExpectancy {
    /// The start ages of the 20 standard bands.
    public static let startAges = [0, 1] + Array(stride(from: 5, through: 90, by: 5))

    /// Life expectancy at one start age.
    public struct Row: Sendable, Equatable {
        /// The band whose start age this is the expectancy at.
        public let ageBand: AgeBand
        /// The expectancy with its limits; numerator and denominator are the deaths and population at
        /// this age and above (the reference's `dths_used` and `pops_used`).
        public let estimate: Estimate
        /// The standard error of the expectancy, when it could be computed.
        public let standardError: Double?
    }

    /// The life table of one group, one row per band in order of start age.
    ///
    /// - Throws: a band missing, repeated or not one of the 20 standard bands; negative or non-finite
    ///   deaths; a zero, negative or non-finite population; lists of different lengths.
    public static func table(
        ageBands: [String], deaths: [Double], populations: [Double], confidence: ConfidenceLevels = .standard
    ) throws -> [Row] {
        try Validate.sameLength(
            [ageBands.count, deaths.count, populations.count], ["age bands", "deaths", "populations"])
        var order = [Int?](repeating: nil, count: startAges.count)
        var bands = [AgeBand?](repeating: nil, count: startAges.count)
        for (position, label) in ageBands.enumerated() {
            let band: AgeBand
            do { band = try AgeBand(label) } catch let error as StatisticsError {
                throw error.at(index: position)
            }
            guard let slot = startAges.firstIndex(of: band.startAge) else {
                throw StatisticsError(
                    .unknownAgeBand, field: "age band", index: position,
                    "\"\(label)\" is not one of the bands 0, 1-4, 5-9, …, 85-89, 90+")
            }
            if let earlier = order[slot] {
                throw StatisticsError(
                    .duplicatedAgeBand, field: "age band", index: position,
                    "\"\(label)\" repeats the band \"\(ageBands[earlier])\"")
            }
            try Validate.count(deaths[position], "deaths", index: position)
            try Validate.positive(populations[position], "population", index: position)
            order[slot] = position
            bands[slot] = band
        }
        if let missing = order.firstIndex(where: { $0 == nil }) {
            throw StatisticsError(
                .missingAgeBand, field: "age band",
                "the band starting at age \(startAges[missing]) is missing")
        }
        let positions = order.map { $0! }
        let d = positions.map { deaths[$0] }
        let p = positions.map { populations[$0] }
        return compute(bands: bands.map { $0! }, deaths: d, populations: p, confidence: confidence)
    }

    private static func compute(
        bands: [AgeBand], deaths d: [Double], populations p: [Double], confidence: ConfidenceLevels
    ) -> [Row] {
        let k = startAges.count
        var deathsUsed = [Double](repeating: 0, count: k)
        var popsUsed = [Double](repeating: 0, count: k)
        var runningD = 0.0
        var runningP = 0.0
        for i in stride(from: k - 1, through: 0, by: -1) {
            runningD += d[i]
            runningP += p[i]
            deathsUsed[i] = runningD
            popsUsed[i] = runningP
        }
        func suppressedTable(_ reason: Suppression) -> [Row] {
            (0..<k).map {
                Row(
                    ageBand: bands[$0],
                    estimate: Estimate(
                        value: nil, intervals: [], numerator: deathsUsed[$0], denominator: popsUsed[$0],
                        method: .chiang, suppression: reason), standardError: nil)
            }
        }
        if popsUsed[0] <= 5000 { return suppressedTable(.populationAtMost5000) }
        if zip(d, p).contains(where: { $0 > $1 }) { return suppressedTable(.deathsExceedPopulation) }

        let m = zip(d, p).map { $0 / $1 }
        let a = startAges.map { $0 == 0 ? 0.1 : 0.5 }
        var n = [Double](repeating: 0, count: k)
        for i in 0..<(k - 1) { n[i] = Double(startAges[i + 1] - startAges[i]) }
        n[k - 1] = 2 / m[k - 1]
        var q = [Double](repeating: 1, count: k)
        for i in 0..<k where d[i] <= p[i] / n[i] / a[i] {
            let mn = m[i] * n[i]
            q[i] = mn / (1 + mn * (1 - a[i]))
        }
        var l = [Double](repeating: 100_000, count: k)
        for i in 1..<k { l[i] = l[i - 1] * (1 - q[i - 1]) }
        var dl = l
        for i in 0..<(k - 1) { dl[i] = l[i] - l[i + 1] }
        var bigL = [Double](repeating: 0, count: k)
        for i in 0..<(k - 1) { bigL[i] = n[i] * (l[i + 1] + a[i] * dl[i]) }
        bigL[k - 1] = l[k - 1] / m[k - 1]
        var e = [Double](repeating: 0, count: k)
        var t = 0.0
        for i in stride(from: k - 1, through: 0, by: -1) {
            t += bigL[i]
            e[i] = l[i] == 0 ? 0 : t / l[i]
        }
        var sumW = 0.0
        var se = [Double](repeating: 0, count: k)
        for i in stride(from: k - 1, through: 0, by: -1) {
            let w: Double
            if i == k - 1 {
                w = (l[i] / 2) * (l[i] / 2) * (4 / (d[i] * m[i] * m[i]))
            } else {
                let sp = dl[i] == 0 ? 0 : q[i] * q[i] * (1 - q[i]) / d[i]
                let term = (1 - a[i]) * n[i] + e[i + 1]
                w = sp * l[i] * l[i] * term * term
            }
            sumW += w
            se[i] = (sumW / (l[i] * l[i])).squareRoot()
        }
        let z95 = Normal.quantile(0.975)
        return (0..<k).map { i in
            guard e[i].isFinite, se[i].isFinite else {
                return Row(
                    ageBand: bands[i],
                    estimate: Estimate(
                        value: nil, intervals: [], numerator: deathsUsed[i], denominator: popsUsed[i],
                        method: .chiang, suppression: .lifeTableUndefined), standardError: nil)
            }
            let intervals = zip(confidence.levels, confidence.zValues).map {
                ConfidenceInterval(level: $0, lower: e[i] - $1 * se[i], upper: e[i] + $1 * se[i])
            }
            let wide = z95 * se[i] > 10
            return Row(
                ageBand: bands[i],
                estimate: Estimate(
                    value: wide ? nil : e[i], intervals: intervals, numerator: deathsUsed[i],
                    denominator: popsUsed[i], method: .chiang,
                    suppression: wide ? .intervalWiderThan20Years : nil),
                standardError: se[i])
        }
    }
}
