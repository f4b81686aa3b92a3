/// What the Monte Carlo runs start from, worked out once before them: the baseline activity by
/// area and what levers act on, grown by each migration variant's population year by year, and
/// the health status slopes. Only counts and rates; no person-level data. Written out by
/// `placehealth scenario run --export-model` for the NumPy peer in bench/.
///
/// An area of the model is a pair of LCP (or none, after the LCPs) and IMD decile of home (0 when
/// unknown, 1 to 10): area `lcp * 11 + decile`.
public struct ScenarioModel: Sendable, Codable, Equatable {
    /// The baseline year.
    public let baselineYear: Int
    /// Years from the baseline to the horizon.
    public let years: Int
    /// The LCPs.
    public let lcps: [String]
    /// The migration variants drawn from, and their weights (adding up to 1).
    public let variants: [String]
    /// Each variant's weight.
    public let weights: [Double]
    /// The groups of activity: an area, a setting and the flags its levers act on.
    public let groups: [ScenarioGroup]
    /// The activity expected from demography alone, for variant v, year t (0 the baseline) and
    /// group g, at `((v * (years + 1) + t) * groups.count + g) * 9 + k`: for k in 0–2 the records,
    /// 3–5 the bed days that are not delayed days, 6–8 the delayed days; each split into persons
    /// under ``HealthStatus/fromAge``, women of that age and over, and men of that age and over.
    public let expected: [Double]
    /// The population at 1 July of variant v, year t and area a at `(v * (years + 1) + t) * areaCount + a`.
    public let population: [Double]
    /// The health status slope of each setting (``ActivitySetting`` order) for women then men, at
    /// `setting * 2 + sex`.
    public let slopes: [Double]
    /// Whether the store is synthetic.
    public let synthetic: Bool

    /// Model areas: one for each LCP and none, by 11 deciles.
    public var areaCount: Int { (lcps.count + 1) * 11 }

    /// The 9 values of group `g` in variant `v`, year `t` start at this offset in ``expected``.
    @inline(__always) func offset(variant v: Int, year t: Int, group g: Int) -> Int {
        ((v * (years + 1) + t) * groups.count + g) * 9
    }
}

/// A group of baseline activity: the records of one setting in one model area with the same
/// flags that levers act on.
public struct ScenarioGroup: Sendable, Codable, Equatable, Hashable, Comparable {
    /// The model area (`lcp * 11 + decile`).
    public let area: Int
    /// The setting (``ActivitySetting`` raw value).
    public let setting: Int
    /// The flags its setting's levers act on (``ActivityFlags`` bits).
    public let flags: UInt8

    /// Orders by area, then setting, then flags.
    public static func < (a: ScenarioGroup, b: ScenarioGroup) -> Bool {
        (a.area, a.setting, a.flags) < (b.area, b.setting, b.flags)
    }
}
