extension Funnel {
    /// Each area's significance for proportions x/n against Σx/Σn.
    ///
    /// - Throws: a negative numerator, a zero or negative denominator, x > n, differing lengths.
    public static func proportionSignificance(numerators: [Double], denominators: [Double]) throws
        -> [Significance]
    {
        let (sumX, sumN) = try Proportion.sums(numerators, denominators)
        for i in numerators.indices {
            do { try Proportion.check(numerators[i], denominators[i]) } catch let e as StatisticsError {
                throw e.at(index: i)
            }
        }
        let average = sumX / sumN
        return zip(numerators, denominators).map { x, n in
            let p = x / n
            if p
                < proportionLimit(
                    probability: 0.999, population: n, average: average, high: false, multiplier: 1)
            {
                return .low001
            }
            if p
                < proportionLimit(
                    probability: 0.975, population: n, average: average, high: false, multiplier: 1)
            {
                return .low025
            }
            if p
                > proportionLimit(
                    probability: 0.999, population: n, average: average, high: true, multiplier: 1)
            {
                return .high001
            }
            if p
                > proportionLimit(
                    probability: 0.975, population: n, average: average, high: true, multiplier: 1)
            {
                return .high025
            }
            return .notSignificant
        }
    }

    /// Each area's significance for observed/expected ratios against 1.
    public static func ratioSignificance(observed: [Double], expected: [Double]) throws -> [Significance] {
        try Validate.sameLength([observed.count, expected.count], ["observed", "expected"])
        for i in observed.indices {
            try Validate.count(observed[i], "numerator", index: i)
            try Validate.positive(expected[i], "denominator", index: i)
        }
        return zip(observed, expected).map { o, e in classify(1, o, e) }
    }

    /// Each area's significance for rates against the weighted average Σx / Σ(derived denominators).
    ///
    /// The denominator of each area is derived as multiplier × x / rate; for an area with no events
    /// it is its given denominator (crude rates) or missing (DSRs). DSRs with fewer than 10 events are
    /// ``Significance/notApplicable``.
    public static func rateSignificance(
        numerators: [Double], rates: [Double?], denominators: [Double?], rateType: RateType,
        multiplier: Double
    ) throws -> [Significance] {
        let derived = try derivedDenominators(
            numerators: numerators, rates: rates, denominators: denominators, rateType: rateType,
            multiplier: multiplier)
        var sumX = 0.0
        var sumN = 0.0
        for (x, n) in zip(numerators, derived) {
            sumX += x
            if let n { sumN += n }
        }
        let average = sumX / sumN
        return zip(numerators, derived).map { x, n in
            if rateType == .dsr, x < 10 { return .notApplicable }
            guard let n else { return .notSignificant }
            return classify(average, x, n)
        }
    }

    private static func classify(_ reference: Double, _ o: Double, _ e: Double) -> Significance {
        if reference < ratioLimit(observed: o, expected: e, level: 0.998, high: false) { return .high001 }
        if reference < ratioLimit(observed: o, expected: e, level: 0.95, high: false) { return .high025 }
        if reference > ratioLimit(observed: o, expected: e, level: 0.998, high: true) { return .low001 }
        if reference > ratioLimit(observed: o, expected: e, level: 0.95, high: true) { return .low025 }
        return .notSignificant
    }

    /// The denominators the reference derives for rates: multiplier × x / rate; when x = 0 the given
    /// denominator (crude) or none (DSR).
    ///
    /// - Throws: a negative or non-finite numerator; a zero count without a positive denominator
    ///   (crude); a non-zero count without a positive rate.
    public static func derivedDenominators(
        numerators: [Double], rates: [Double?], denominators: [Double?], rateType: RateType,
        multiplier: Double
    ) throws -> [Double?] {
        try Validate.sameLength(
            [numerators.count, rates.count, denominators.count], ["numerators", "rates", "denominators"])
        try Validate.multiplier(multiplier)
        guard !numerators.isEmpty else { throw StatisticsError(.empty, field: "numerators", "no rows") }
        return try numerators.indices.map { i -> Double? in
            let x = numerators[i]
            try Validate.count(x, "numerator", index: i)
            if x == 0 {
                if rateType == .dsr { return nil }
                guard let n = denominators[i] else {
                    throw StatisticsError(
                        .nonPositiveDenominator, field: "denominator", index: i,
                        "a rate with no events needs its denominator")
                }
                try Validate.positive(n, "denominator", index: i)
                return n
            }
            guard let rate = rates[i] else {
                throw StatisticsError(.notANumber, field: "rate", index: i, "the rate is missing")
            }
            try Validate.positive(rate, "rate", index: i)
            return multiplier * x / rate
        }
    }

    /// The reference's `calculate_funnel_points`: the rate to chart (none for a DSR under 10 events)
    /// and the population per year, multiplier × x / rate / years (the denominator for no events).
    public static func ratePoints(
        numerators: [Double], rates: [Double?], denominators: [Double?], rateType: RateType,
        multiplier: Double,
        yearsOfData: Double
    ) throws -> [(rate: Double?, populationPerYear: Double?)] {
        let derived = try derivedDenominators(
            numerators: numerators, rates: rates, denominators: denominators, rateType: rateType,
            multiplier: multiplier)
        return numerators.indices.map { i in
            if rateType == .dsr, numerators[i] < 10 { return (nil, nil) }
            return (rates[i], derived[i].map { $0 / yearsOfData })
        }
    }
}
