/// Demography's effect on activity: each cell of the baseline grows with the population of its age,
/// sex and LCP, so that activity changes by the population ratio weighted by where the activity
/// is (a city whose over-85s double sees their activity double, whatever happens to the young).
public enum DemographicGrowth {
    /// The ratio of `projected` to `base` for each area, sex and age (as ``PopulationGrid`` lays
    /// them out), and for the whole city at the end, for activity of persons with no area. Ages are
    /// pooled in bands of `band` years (0 to band − 1, and so on; the oldest age on its own when it
    /// starts a band), every age of a band taking the band's ratio, so that a small area's ratio is
    /// not that of a handful of people. A group with no one at the baseline grows with the city's
    /// people of its sex and ages (a ratio of 1 when the city has none either).
    public static func ratios(base: PopulationGrid, projected: PopulationGrid, band: Int = 1) -> [Double] {
        precondition(base.areas == projected.areas && base.oldest == projected.oldest, "grids must match")
        precondition(band >= 1, "a band is a year or more")
        let width = base.oldest + 1
        let bands = (0...base.oldest).map { age in
            (age / band * band)...min(age / band * band + band - 1, base.oldest)
        }
        var city = [Double](repeating: 1, count: 2 * width)
        for sex in Sex.allCases {
            for age in 0...base.oldest {
                let before = base.total(sex: sex, ages: bands[age])
                if before > 0 {
                    city[sex.rawValue * width + age] = projected.total(sex: sex, ages: bands[age]) / before
                }
            }
        }
        var ratios: [Double] = []
        ratios.reserveCapacity((base.areas.count + 1) * 2 * width)
        for area in base.areas.indices {
            for sex in Sex.allCases {
                for age in 0...base.oldest {
                    let before = base.total(area: area, sex: sex, ages: bands[age])
                    ratios.append(
                        before > 0
                            ? projected.total(area: area, sex: sex, ages: bands[age]) / before
                            : city[sex.rawValue * width + age])
                }
            }
        }
        return ratios + city
    }

    /// The activity of each setting expected from demography alone: every cell's records (or bed
    /// days, with `bedDays`) times the ratio of its group (``ratios(base:projected:)``).
    public static func expected(
        _ baseline: ActivityBaseline, base: PopulationGrid, projected: PopulationGrid, bedDays: Bool = false
    ) -> [ActivitySetting: Double] {
        precondition(
            baseline.oldest == base.oldest && baseline.lcps == base.areas, "baseline and grids must match")
        let ratios = ratios(base: base, projected: projected)
        let width = base.oldest + 1
        var totals: [ActivitySetting: Double] = [:]
        for (key, cell) in baseline.cells {
            let area = key.lcp >= 0 ? Int(key.lcp) : base.areas.count
            let ratio = ratios[(area * 2 + key.sex.rawValue) * width + Int(key.age)]
            totals[key.setting, default: 0] += Double(bedDays ? cell.bedDays : cell.count) * ratio
        }
        return totals
    }
}
