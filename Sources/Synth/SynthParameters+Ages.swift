import Foundation

extension SynthParameters {
    /// The weights of the five-year bands in an LSOA at deprivation `x`: deprived areas have more
    /// children and fewer people aged 65 and over.
    func bandWeights(x: Double) -> [Double] {
        var weights = bandShares
        for band in 0..<3 { weights[band] *= 1 + childTilt * x }
        for band in 13..<19 { weights[band] *= 1 - olderTilt * x }
        return weights
    }

    /// The share of women in a five-year band.
    func femaleShare(band: Int) -> Double {
        band >= 13 ? femaleOver65 + 0.02 * Double(band - 13) : 0.495
    }

    /// A random age in years within a five-year band (the last, 90 and over, thinning to about 102).
    static func age(inBand band: Int, _ u: Double) -> Double {
        band == 18 ? 90 + 12 * (1 - sqrt(1 - u)) : Double(band * 5) + 5 * u
    }

    /// The mean hazard multiplier at `age` in an LSOA at deprivation `x` from the registers that
    /// shorten life: 1 + Σ prevalence × (multiplier − 1), with each register's prevalence from its
    /// curve (an approximation: it ignores overlap and those the registers have already taken).
    func registerMortality(age: Double, x: Double) -> Double {
        var factor = 1.0
        for condition in conditions {
            guard let m = mortality.registers[condition.register], age >= condition.minAge else { continue }
            let l40 = logit(condition.p40)
            let slope = (logit(condition.p80) - l40) / 40
            let prevalence = logistic(l40 + slope * (age - 40) + condition.gradient * x)
            factor += prevalence * ((age < 75 ? m.under75 : m.from75) - 1)
        }
        return factor
    }
}
