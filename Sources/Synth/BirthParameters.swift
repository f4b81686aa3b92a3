import Foundation
import PlacePack

/// Births (`births:` in `synthesis.yaml`): fertility by single year of the mother's age with a
/// yearly trend, gestation, and birth weight from gestation with deprivation, ethnic group and the
/// mother's smoking.
struct BirthParameters: Sendable {
    /// Share of the 15-19 band's births at each of 15, 16, 17, 18 and 19.
    var teenageShares: [Double] = [0.2, 0.2, 0.2, 0.2, 0.2]
    /// Change in fertility a year from 2019 (multiplied each year).
    var trendPerYear = 0.0
    /// Relative weights of each week of gestation from 24 to 42.
    var gestationWeights: [Double] = []
    /// How much more likely preterm birth is in the most deprived areas (odds, at x = 1).
    var pretermDeprivation = 1.0
    /// Mean birth weight (grams) at each week from 24 to 42.
    var meanWeightByWeek: [Double] = []
    /// The standard deviation of birth weight as a share of its mean.
    var weightSpread = 0.13
    /// Grams added at x = 1 (most deprived), by the mother's ethnic group, and if she smokes.
    var deprivationGrams = 0.0, smokingGrams = 0.0
    var ethnicGrams: [String: Double] = [:]

    static let firstWeek = 24
    static let lastWeek = 42

    /// Reads the single-year and weight parts of `births:`.
    static func read(_ node: PackNode) throws -> BirthParameters {
        var b = BirthParameters()
        let teenage = try node.required("teenage_shares_15_to_19")
        b.teenageShares = try teenage.doubles()
        guard b.teenageShares.count == 5, abs(b.teenageShares.reduce(0, +) - 1) < 1e-6 else {
            throw teenage.fail(.outOfRange, "5 shares, for ages 15 to 19, adding up to 1")
        }
        b.trendPerYear = try node.required("fertility_trend_per_year").double()
        let weeks = Self.lastWeek - Self.firstWeek + 1
        let gestation = try node.required("gestation_weeks_24_to_42")
        b.gestationWeights = try gestation.doubles()
        guard b.gestationWeights.count == weeks, b.gestationWeights.allSatisfy({ $0 >= 0 }) else {
            throw gestation.fail(.outOfRange, "\(weeks) weights, for weeks 24 to 42")
        }
        b.pretermDeprivation = try node.required("preterm_odds_most_deprived").double()
        let means = try node.required("mean_weight_grams_by_week_24_to_42")
        b.meanWeightByWeek = try means.doubles()
        guard b.meanWeightByWeek.count == weeks, b.meanWeightByWeek.allSatisfy({ $0 > 0 }) else {
            throw means.fail(.outOfRange, "\(weeks) mean weights in grams, for weeks 24 to 42")
        }
        b.weightSpread = try node.required("weight_sd_share_of_mean").double()
        b.deprivationGrams = try node.required("weight_grams_most_deprived").double()
        b.smokingGrams = try node.required("weight_grams_mother_smokes").double()
        b.ethnicGrams = Dictionary(
            uniqueKeysWithValues: try node.required("weight_grams_by_ethnic_group").weights())
        return b
    }
}
