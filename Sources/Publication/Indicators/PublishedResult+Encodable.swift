import Engine
import Foundation

extension PublishedResult: Encodable {
    enum CodingKeys: String, CodingKey {
        case indicator, period, breakdown, group, suppressed, numerator, denominator, value, lower95, upper95
        case lower998, upper998, benchmark, benchmarkLabel, compared95, compared998, assessment, trend,
            trendText
    }

    /// Encodes every field; withheld figures are null.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(period, forKey: .period)
        try c.encode(breakdown, forKey: .breakdown)
        try c.encode(group, forKey: .group)
        try c.encode(suppressed, forKey: .suppressed)
        for (key, value) in [
            (CodingKeys.numerator, numerator), (.denominator, denominator), (.value, value),
            (.lower95, lower95),
            (.upper95, upper95), (.lower998, lower998), (.upper998, upper998), (.benchmark, benchmark),
        ] {
            try c.encode(value, forKey: key)
        }
        try c.encode(benchmarkLabel, forKey: .benchmarkLabel)
        try c.encode(compared95?.rawValue, forKey: .compared95)
        try c.encode(compared998?.rawValue, forKey: .compared998)
        try c.encode(assessment?.rawValue, forKey: .assessment)
        try c.encode(trend?.rawValue, forKey: .trend)
        try c.encode(trendText, forKey: .trendText)
    }
}

extension InequalityResult: Encodable {
    enum CodingKeys: String, CodingKey {
        case indicator, period, suppressed, gapSuppressed, indicesSuppressed, deprived, rest, gapAbsolute,
            gapAbsoluteLower, gapAbsoluteUpper
        case gapRelative, gapRelativeLower, gapRelativeUpper, sii, siiLower, siiUpper, rii, riiLower, riiUpper
    }

    /// Encodes every field; withheld figures are null, and the flags say which part is withheld
    /// (`suppressed` is either).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(period, forKey: .period)
        try c.encode(suppressed, forKey: .suppressed)
        try c.encode(gapSuppressed, forKey: .gapSuppressed)
        try c.encode(indicesSuppressed, forKey: .indicesSuppressed)
        for (key, value) in [
            (CodingKeys.deprived, deprived), (.rest, rest), (.gapAbsolute, gapAbsolute),
            (.gapAbsoluteLower, gapAbsoluteLower), (.gapAbsoluteUpper, gapAbsoluteUpper),
            (.gapRelative, gapRelative),
            (.gapRelativeLower, gapRelativeLower), (.gapRelativeUpper, gapRelativeUpper), (.sii, sii),
            (.siiLower, siiLower), (.siiUpper, siiUpper), (.rii, rii), (.riiLower, riiLower),
            (.riiUpper, riiUpper),
        ] {
            try c.encode(value, forKey: key)
        }
    }
}

extension PoorestProgress: Encodable {
    enum CodingKeys: String, CodingKey {
        case indicator, firstPeriod, lastPeriod, answer, answerText, gapFirst, gapLast, change, changeLower
        case changeUpper
    }

    /// Encodes every field, with the answer's sentence.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(firstPeriod, forKey: .firstPeriod)
        try c.encode(lastPeriod, forKey: .lastPeriod)
        try c.encode(answer.rawValue, forKey: .answer)
        try c.encode(answer.text, forKey: .answerText)
        for (key, value) in [
            (CodingKeys.gapFirst, gapFirst), (.gapLast, gapLast), (.change, change),
            (.changeLower, changeLower),
            (.changeUpper, changeUpper),
        ] {
            try c.encode(value, forKey: key)
        }
    }
}
