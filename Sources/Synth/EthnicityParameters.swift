import Foundation
import PlacePack

/// Who lives where (`ethnicity:` in `synthesis.yaml`): the mix of ethnic groups by deprivation, the
/// share of each ward's residents in a minority group (Black, Asian, mixed or other) and how that
/// share differs by age (minority groups are younger).
struct EthnicityParameters: Sendable {
    typealias Weights = [(key: String, value: Double)]

    /// The groups that are not minority groups: the majority and those whose group is not stated.
    static let majority = "white"
    static let notStated = "not_stated"

    /// The mix of groups in the least and in the most deprived decile.
    var least: Weights = []
    var most: Weights = []
    /// Share of all residents in a minority group, by ward name (wards not listed take the mix).
    var wardMinority: [String: Double] = [:]
    /// The minority share at ages under 18, 18 to 64 and 65 and over, relative to all ages; divided
    /// by their mean over the city's age structure, so a ward's share at all ages stays its own.
    var ageRatio: (child: Double, adult: Double, older: Double) = (1, 1, 1)

    /// Reads `ethnicity:`; ward names must be the pack's.
    static func read(_ node: PackNode, wards: Set<String>) throws -> EthnicityParameters {
        var e = EthnicityParameters()
        e.least = try node.required("shares_least_deprived").weights()
        e.most = try node.required("shares_most_deprived").weights()
        if let byWard = try node.optional("ward_minority_shares") {
            _ = try byWard.required("source").string()
            let shares = try byWard.required("shares")
            for (ward, value) in try shares.entries() {
                guard wards.contains(ward) else {
                    throw value.fail(.outOfRange, "\"\(ward)\" is not a ward of the pack's geography")
                }
                let share = try value.double()
                guard (0..<1).contains(share) else { throw value.fail(.outOfRange, "a share in 0..<1") }
                e.wardMinority[ward] = share
            }
        }
        if let byAge = try node.optional("minority_age_ratio") {
            _ = try byAge.required("source").string()
            e.ageRatio = (
                try byAge.required("under_18").double(), try byAge.required("from_18_to_64").double(),
                try byAge.required("from_65").double()
            )
        }
        return e
    }

    /// The mix of groups at deprivation `x` (0 least, 1 most deprived decile).
    func mix(x: Double) -> Weights {
        zip(least, most).map { (key: $0.key, value: $0.value * (1 - x) + $1.value * x) }
    }

    /// The minority share of the mix at deprivation `x`.
    func minorityShare(x: Double) -> Double {
        let weights = mix(x: x)
        let total = weights.reduce(0) { $0 + $1.value }
        let minority = weights.filter { ![Self.majority, Self.notStated].contains($0.key) }
        return minority.reduce(0) { $0 + $1.value } / total
    }

    /// The age ratio at `age`, divided by its mean over `bandShares` (19 five-year bands).
    func ageFactor(age: Double, bandShares: [Double]) -> Double {
        func ratio(_ age: Double) -> Double {
            age < 18 ? ageRatio.child : age < 65 ? ageRatio.adult : ageRatio.older
        }
        let total = bandShares.reduce(0, +)
        var mean = 0.0
        for (band, share) in bandShares.enumerated() {
            // Bands 15-19 straddle 18: two fifths under 18.
            let start = Double(band * 5)
            mean += share * (band == 3 ? 0.6 * ratio(15) + 0.4 * ratio(18) : ratio(start))
        }
        return ratio(age) / (mean / total)
    }

    /// The weights to draw a person's group from: a minority share of `minority` (at all ages) at
    /// `age`, split among the minority groups as the mix at `x` splits them; "not stated" keeps its
    /// share of the mix and the majority takes the rest.
    func weights(minority: Double, x: Double, age: Double, bandShares: [Double]) -> Weights {
        let weights = mix(x: x)
        let total = weights.reduce(0) { $0 + $1.value }
        let notStated = (weights.first { $0.key == Self.notStated }?.value ?? 0) / total
        let share = min(0.95 - notStated, minority * ageFactor(age: age, bandShares: bandShares))
        let minorityMix = weights.filter { ![Self.majority, Self.notStated].contains($0.key) }
        let minorityTotal = minorityMix.reduce(0) { $0 + $1.value }
        return weights.map { group in
            switch group.key {
            case Self.majority: (group.key, 1 - notStated - share)
            case Self.notStated: (group.key, notStated)
            default: (group.key, minorityTotal > 0 ? share * group.value / minorityTotal : 0)
            }
        }
    }
}
