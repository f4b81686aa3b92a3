import Foundation

/// The cohort-component projection of a population, year by year: the survivors of each age move
/// up one year, net migrants are added, and the year's births make the new age 0. Pure: no I/O.
///
/// For each area and sex, from the population P at one mid-year to the next, A (formulas in
/// docs/scenarios.md):
/// - survivors: A[a+1] = P[a]·S(a) for a below the oldest age ω − 1, and A[ω] = P[ω−1]·S(ω−1) +
///   P[ω]·S(ω), with S(a) = exp(−m(a)) for death rate m(a);
/// - migration: A[a] grows by k·n(a)·A[a] for net migration rate n(a) and the variant's scale k
///   (never below zero);
/// - births: B = Σ f(a)·(P_female[a] + A_female[a]) / 2 over the mother's age a, split into boys and
///   girls by the ratio at birth; A[0] = births of the sex · exp(−m(0)/2) · (1 + k·n(0)/2), the
///   newborn exposed for half a year on average.
public enum CohortComponent {
    /// The population at each mid-year from `base` (first) to `years` years on (last).
    public static func project(
        _ base: PopulationGrid, rates: ProjectionRates, years: Int, migrationScale: Double = 1
    ) -> [PopulationGrid] {
        precondition(rates.oldest == base.oldest, "rates and population must share the oldest age")
        precondition(base.oldest >= 1, "the oldest age is 1 or more")
        var grids = [base]
        for _ in 0..<max(0, years) { grids.append(step(grids.last!, rates, migrationScale)) }
        return grids
    }

    /// One year on from `p`.
    static func step(_ p: PopulationGrid, _ rates: ProjectionRates, _ k: Double) -> PopulationGrid {
        let oldest = p.oldest
        var next = PopulationGrid(areas: p.areas, oldest: oldest)
        for area in p.areas.indices {
            for sex in Sex.allCases {
                let n = rates.migration[sex.rawValue]
                for age in 1...oldest {
                    var survivors = p[area, sex, age - 1] * rates.survival(sex, age - 1)
                    if age == oldest { survivors += p[area, sex, oldest] * rates.survival(sex, oldest) }
                    next[area, sex, age] = max(0, survivors * (1 + k * n[age]))
                }
            }
            var births = 0.0
            for age in 0...oldest where rates.fertility[age] > 0 {
                births += rates.fertility[age] * (p[area, .female, age] + next[area, .female, age]) / 2
            }
            let boys = births * rates.boysPerGirl / (1 + rates.boysPerGirl)
            for (sex, born) in [(Sex.female, births - boys), (.male, boys)] {
                let infantMortality = rates.mortality[sex.rawValue][0]
                let migration = 1 + k * rates.migration[sex.rawValue][0] / 2
                next[area, sex, 0] = max(0, born * exp(-infantMortality / 2) * migration)
            }
        }
        return next
    }
}
