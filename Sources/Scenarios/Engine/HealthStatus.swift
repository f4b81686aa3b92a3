import Foundation

/// The health status adjustment: a person who is `h` years healthier at the same age uses the care
/// of someone `h` years younger. After ``fromAge`` a setting's activity rate rises about
/// exponentially with age, rate(a) = exp(α + β·a), so the adjustment multiplies that activity by
/// exp(−β·h). Pure: no I/O.
public enum HealthStatus {
    /// The age from which the adjustment applies (younger activity is left as it is).
    public static let fromAge = 55

    /// The slope β of log activity rate on age: the Poisson regression of `counts[i]` events in
    /// `exposure[i]` person-years at age `ages[i]`, fitted by Newton's method. Never below 0 (a rate
    /// that falls with age is not adjusted), and 0 when the data cannot fit a slope.
    public static func slope(ages: [Double], counts: [Double], exposure: [Double]) -> Double {
        precondition(
            ages.count == counts.count && ages.count == exposure.count, "one count and exposure an age")
        let rows = ages.indices.filter { exposure[$0] > 0 }
        let events = rows.reduce(0.0) { $0 + counts[$1] }
        let people = rows.reduce(0.0) { $0 + exposure[$1] }
        guard rows.count >= 2, events > 0 else { return 0 }
        let center = rows.reduce(0.0) { $0 + ages[$1] * exposure[$1] } / people
        var alpha = log(events / people)
        var beta = 0.0
        for _ in 0..<50 {
            // Gradient and information of the log-likelihood, ages centred for a well-scaled step.
            var (g0, g1, h00, h01, h11) = (0.0, 0.0, 0.0, 0.0, 0.0)
            for i in rows {
                let x = ages[i] - center
                let mu = exposure[i] * exp(alpha + beta * x)
                g0 += counts[i] - mu
                g1 += (counts[i] - mu) * x
                h00 += mu
                h01 += mu * x
                h11 += mu * x * x
            }
            let det = h00 * h11 - h01 * h01
            guard det > 0, det.isFinite else { return 0 }
            let stepAlpha = (h11 * g0 - h01 * g1) / det
            let stepBeta = (h00 * g1 - h01 * g0) / det
            alpha += stepAlpha
            beta += stepBeta
            if abs(stepBeta) < 1e-12, abs(stepAlpha) < 1e-12 { break }
        }
        return beta.isFinite ? max(0, beta) : 0
    }
}
