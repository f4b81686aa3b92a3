import Engine

extension InequalityResult: Encodable {
    enum CodingKeys: String, CodingKey {
        case indicator, period, area, suppressed, gapSuppressed, indicesSuppressed, deprived, rest
        case gapAbsolute, gapAbsoluteLower, gapAbsoluteUpper, gapRelative, gapRelativeLower, gapRelativeUpper
        case sii, siiLower, siiUpper, rii, riiLower, riiUpper
    }

    /// The inequality as the command line and the API give it: every member present, withheld
    /// figures null; `gapSuppressed` and `indicesSuppressed` say which part is withheld (`suppressed`
    /// is either).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(period, forKey: .period)
        try c.encode(area, forKey: .area)
        try c.encode(suppressed, forKey: .suppressed)
        try c.encode(gapSuppressed, forKey: .gapSuppressed)
        try c.encode(indicesSuppressed, forKey: .indicesSuppressed)
        try c.encodeFigures([
            (.deprived, deprived), (.rest, rest), (.gapAbsolute, gapAbsolute),
            (.gapAbsoluteLower, gapAbsoluteLower),
            (.gapAbsoluteUpper, gapAbsoluteUpper), (.gapRelative, gapRelative),
            (.gapRelativeLower, gapRelativeLower),
            (.gapRelativeUpper, gapRelativeUpper), (.sii, sii), (.siiLower, siiLower), (.siiUpper, siiUpper),
            (.rii, rii), (.riiLower, riiLower), (.riiUpper, riiUpper),
        ])
    }
}

extension PoorestProgress: Encodable {
    enum CodingKeys: String, CodingKey {
        case indicator, firstPeriod, lastPeriod, answer, answerText, gapFirst, gapLast, change, changeLower
        case changeUpper
    }

    /// "Are the poorest improving fastest?" with the answer's sentence; withheld figures null.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(firstPeriod, forKey: .firstPeriod)
        try c.encode(lastPeriod, forKey: .lastPeriod)
        try c.encode(answer.rawValue, forKey: .answer)
        try c.encode(answer.text, forKey: .answerText)
        try c.encodeFigures([
            (.gapFirst, gapFirst), (.gapLast, gapLast), (.change, change), (.changeLower, changeLower),
            (.changeUpper, changeUpper),
        ])
    }
}
