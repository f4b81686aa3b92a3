import Foundation

/// The yearly moves of one LSOA that hold its age structure where it started, by single year of
/// age: people leave at the pack's rates by age, and arrivals at each age make up what ageing,
/// deaths, leaving and births would change. Where an age would grow of itself (more age into it
/// than are wanted), more of the age below leave instead. Expected values, from the same rates
/// the simulation draws from.
struct MigrationBalance: Sendable {
    /// Ages counted one by one; the last holds everyone older too.
    static let oldest = 101

    /// Residents wanted at each single year of age on 1 January.
    let wanted: [Double]
    /// Chance a year of dying, by single year of age (the Gompertz hazard, both sexes).
    let dying: [Double]
    /// Babies born a year who live to their first 1 January.
    let born: Double
    /// Chance a year of leaving, by single year of age.
    let leaving: [Double]
    /// Expected arrivals a year, by single year of age.
    let arrivals: [Double]

    /// The balance of an LSOA of `persons` at deprivation `x`, whose five-year bands are weighted
    /// `weights`.
    init(_ p: SynthParameters, persons: Int, x: Double, weights: [Double], dep: [String: Double]) {
        let total = weights.reduce(0, +)
        let ages = Self.oldest + 1
        // Wanted residents at each age: a band's share spread evenly over its years, the last band
        // thinning from 90 to about 102 as the base population is drawn.
        wanted = (0..<ages).map { age -> Double in
            guard total > 0 else { return 0 }
            let band = min(age / 5, 18)
            let within = band == 18 ? (11.5 - Double(age - 90)) / 72 : 0.2
            return Double(persons) * weights[band] / total * within
        }
        var births = 0.0
        var mothers = [Double](repeating: 0, count: ages)
        for (k, rate) in p.fertility.enumerated() {
            for age in (15 + 5 * k)..<(20 + 5 * k) {
                mothers[age] = rate * (dep["birth"] ?? 1) * wanted[age] * p.femaleShare(band: k + 3)
                births += mothers[age]
            }
        }
        let sexes = (1 + p.maleRatio) / 2
        dying = (0..<ages).map { age -> Double in
            let hazard =
                p.gompertzA * sexes * exp(p.mortalityGradient * x) * exp(p.gompertzB * (Double(age) + 0.5))
            return 1 - exp(-hazard)
        }
        let infant = p.infantPer1000 / 1000 * (dep["infant"] ?? 1)
        var rates = (0..<ages).map { p.migration.leavingRates[min($0 / 5, 18)] }
        born = births * (1 - infant)
        var solved = Self.solve(wanted, born, dying, rates)
        // Children born here leave with their mother: under 5, they leave as mothers do.
        if births > 0 {
            let withMother = zip(mothers, solved.leaving).reduce(0) { $0 + $1.0 * $1.1 } / births
            for age in 0..<5 { rates[age] = withMother }
            solved = Self.solve(wanted, born, dying, rates)
        }
        leaving = solved.leaving
        // The place grows: more arrive at every age, in proportion to the residents wanted there.
        arrivals = zip(solved.arrivals, wanted).map { $0 + p.migration.growth * $1 }
    }

    /// Arrivals at each age, and leaving raised where an age would grow of itself, so that
    /// `wanted` residents are at each age a year on.
    private static func solve(
        _ wanted: [Double], _ born: Double, _ dying: [Double], _ rates: [Double]
    ) -> (leaving: [Double], arrivals: [Double]) {
        var leaving = rates
        var arrivals = [Double](repeating: 0, count: wanted.count)
        for age in wanted.indices {
            let staying: Double
            if age == 0 {
                staying = born
            } else if age == oldest {
                staying = (wanted[age - 1] + wanted[age]) * (1 - dying[age - 1] - leaving[age - 1])
            } else {
                staying = wanted[age - 1] * (1 - dying[age - 1] - leaving[age - 1])
            }
            if staying <= wanted[age] || age == 0 {
                arrivals[age] = max(0, wanted[age] - staying)
            } else if wanted[age - 1] > 0 {
                // Too many would stay: more of the year below (and of the oldest) leave.
                let extra = (staying - wanted[age]) / (wanted[age - 1] + (age == oldest ? wanted[age] : 0))
                leaving[age - 1] = min(0.95, leaving[age - 1] + extra)
            }
        }
        return (leaving, arrivals)
    }

    /// The chance a year of leaving at `age` in years.
    func leaving(atAge age: Double) -> Double { leaving[min(max(Int(age), 0), Self.oldest)] }
}
