import Foundation

extension Funnel {
    /// Control limits for proportions at 100 populations spread from the axis minimum to maximum.
    ///
    /// The average is Σx/Σn; limits are capped to [0, 100] as the reference does.
    public static func proportionLimits(
        numerators: [Double], denominators: [Double], multiplier: Double = 100
    ) throws
        -> [LimitPoint]
    {
        let (sumX, sumN) = try Proportion.sums(numerators, denominators)
        try Validate.multiplier(multiplier)
        let average = sumX / sumN
        let (low, high) = (denominators.min()!, denominators.max()!)
        let minimum = high > 2 * low ? 0 : signifFloor(low)
        let points = axis(from: max(1, minimum), to: signifCeiling(high), offset: 0)
        return points.map { n in
            func limit(_ p: Double, _ isHigh: Bool) -> Double {
                proportionLimit(
                    probability: p, population: n, average: average, high: isHigh, multiplier: multiplier)
            }
            return LimitPoint(
                x: n, lower2s: max(0, limit(0.975, false)), upper2s: min(100, limit(0.975, true)),
                lower3s: max(0, limit(0.999, false)), upper3s: min(100, limit(0.999, true)),
                baseline: average * multiplier, axisValues: [])
        }
    }

    /// Control limits for ratios at 100 observed-event counts; each limit is observed/expected at the
    /// expected count where the Poisson interval of the observed count just reaches 1, expressed as
    /// the excess (count: ratio − 1) or an ISR (× 100).
    public static func ratioLimits(observed: [Double], expected: [Double], ratioType: RatioType) throws
        -> [LimitPoint]
    {
        try Validate.sameLength([observed.count, expected.count], ["observed", "expected"])
        guard !observed.isEmpty else { throw StatisticsError(.empty, field: "observed", "no rows") }
        for i in observed.indices {
            try Validate.count(observed[i], "numerator", index: i)
            try Validate.positive(expected[i], "denominator", index: i)
        }
        // The axis spans the expected counts (the reference takes its range from the denominators).
        let (low, high) = (expected.min()!, expected.max()!)
        let minimum = high > 2 * low ? 0 : signifFloor(low)
        return axis(from: max(1, minimum), to: signifCeiling(high), offset: 1).map { o in
            let expectations = [
                poissonFunnel(o, 0.025, high: true), poissonFunnel(o, 0.025, high: false),
                poissonFunnel(o, 0.001, high: true), poissonFunnel(o, 0.001, high: false),
            ]
            let limits = expectations.map { ratioType == .count ? o / $0 - 1 : o / $0 * 100 }
            return LimitPoint(
                x: o, lower2s: limits[0], upper2s: limits[1], lower3s: limits[2], upper3s: limits[3],
                baseline: nil,
                axisValues: expectations)
        }
    }

    /// Control limits for rates at 100 event counts around the weighted average rate; the axis values
    /// are the populations per year at which each limit lies.
    public static func rateLimits(
        numerators: [Double], rates: [Double?], denominators: [Double?], rateType: RateType,
        multiplier: Double,
        yearsOfData: Double
    ) throws -> [LimitPoint] {
        guard yearsOfData.isFinite, yearsOfData > 0 else {
            throw StatisticsError(.invalidArgument, field: "years of data", "must be greater than zero")
        }
        let derived = try derivedDenominators(
            numerators: numerators, rates: rates, denominators: denominators, rateType: rateType,
            multiplier: multiplier)
        let present = derived.compactMap { $0 }
        guard let low = present.min(), let high = present.max() else {
            throw StatisticsError(.empty, field: "denominator", "no row has a denominator")
        }
        let average = numerators.reduce(0, +) / present.reduce(0, +)
        var minimum = high > 2 * low ? 0 : signifFloor(low / yearsOfData) * yearsOfData
        var maximum = signifCeiling(high / yearsOfData) * yearsOfData
        minimum = (minimum * average).rounded(.down)
        maximum = (maximum * average).rounded(.up)
        return axis(from: max(1, minimum), to: maximum, offset: 0).map { events in
            let populations = [
                poissonFunnel(events, 0.025, high: true), poissonFunnel(events, 0.025, high: false),
                poissonFunnel(events, 0.001, high: true), poissonFunnel(events, 0.001, high: false),
            ].map { $0 / average }
            let limits = populations.map { events / $0 * multiplier }
            return LimitPoint(
                x: events, lower2s: limits[0], upper2s: limits[1], lower3s: limits[2], upper3s: limits[3],
                baseline: average * multiplier, axisValues: populations.map { $0 / yearsOfData })
        }
    }

    /// 100 axis points from `start` to `end`, closer together at the small end, as the reference:
    /// xⱼ = max(round((end/xⱼ₋₁)^(1/(101 − j + offset)) · xⱼ₋₁), xⱼ₋₁ + 1).
    static func axis(from start: Double, to end: Double, offset: Int) -> [Double] {
        var points = [start]
        for j in 2...100 {
            let previous = points[j - 2]
            let step = (pow(end / previous, 1 / Double(101 - j + offset)) * previous).rounded(
                .toNearestOrEven)
            points.append(max(step, previous + 1))
        }
        return points
    }

    /// The reference's `signif.floor`: 95% of x rounded down to its leading digit's place.
    static func signifFloor(_ x: Double) -> Double {
        if x == 0 { return 0 }
        let n = Double(rCharacterCount((x * 0.95).rounded(.down)) - 1)
        return ((x * 0.95) / pow(10, n)).rounded(.down) * pow(10, n)
    }

    /// The reference's `signif.ceiling`: 105% of x rounded up to its second digit's place.
    static func signifCeiling(_ x: Double) -> Double {
        if x == 0 { return 0 }
        let n = Double(rCharacterCount((x * 1.05).rounded(.up)) - 2)
        return ((x * 1.05) / pow(10, n)).rounded(.up) * pow(10, n)
    }

    /// The number of characters R's `nchar` gives for a whole number: R writes it in scientific
    /// notation when that is shorter (100000 is "1e+05", 5 characters).
    static func rCharacterCount(_ whole: Double) -> Int {
        let digits = String(Int64(abs(whole)))
        let sign = whole < 0 ? 1 : 0
        let significant = digits.reversed().drop { $0 == "0" }.count
        let exponent = digits.count - 1
        let scientific = significant + (significant > 1 ? 1 : 0) + (exponent >= 100 ? 5 : 4)
        return sign + min(digits.count, scientific)
    }

    /// The reference's `poisson_funnel`: by bisection on v (23 halvings), the expected count
    /// (1 + o)v/(1 − v) at which the Poisson tail of `o` observed events equals `p`.
    static func poissonFunnel(_ o: Double, _ p: Double, high: Bool) -> Double {
        var v = 0.5
        var dv = 0.5
        while dv > 1e-7 {
            dv /= 2
            let mean = (1 + o) * v / (1 - v)
            if high {
                if poissonShare(mean, from: 0, to: o) < p { v -= dv } else { v += dv }
            } else {
                if poissonShare(mean, from: o, to: 1e10) > p { v -= dv } else { v += dv }
            }
        }
        return (1 + o) * v / (1 - v)
    }

    /// The reference's `poisson_cis`: P(a ≤ X ≤ b) for X ~ Poisson(z), summing terms until they no
    /// longer matter, rescaling to avoid overflow.
    static func poissonShare(_ z: Double, from a: Double, to b: Double) -> Double {
        var q = 1.0
        var total = 0.0
        var share = 0.0
        var k = 0.0
        while k <= z || q > total * 1e-10 {
            total += q
            if k >= a, k <= b { share += q }
            if total > 1e30 {
                share /= 1e30
                total /= 1e30
                q /= 1e30
            }
            k += 1
            q = q * z / k
        }
        return share / total
    }
}
