/// What an indicator's inequality figures (the deprived-versus-rest gap, SII and RII, and whether
/// the poorest are improving fastest) are computed on. A changing age structure would confound
/// them on crude rates of events that depend on age, so crude rates are age-standardised unless
/// the definition says why not.
public struct InequalityBasis: Sendable, Equatable {
    /// The kinds of basis.
    public enum Kind: String, Sendable, CaseIterable {
        /// Directly age-standardised rates (European Standard Population 2013) of the same counts.
        case ageStandardised = "age-standardised"
        /// The indicator's own values, already standardised for age (a DSR, an ISR, life expectancy).
        case standardisedByMethod = "standardised-by-method"
        /// The indicator's own values, not standardised: the definition says why.
        case crude
    }

    /// The kind.
    public let kind: Kind
    /// Why the values are not age-standardised (for ``Kind/crude``).
    public let why: String?

    /// A basis of `kind`, with the reason for a crude one.
    public init(_ kind: Kind, why: String? = nil) {
        self.kind = kind
        self.why = why
    }

    /// The basis of an indicator computed by `method` when its definition says nothing: crude rates
    /// are age-standardised; DSRs, ISRs and life expectancy are standardised already; proportions and
    /// means are compared as computed (their definitions should say why); aggregate values are
    /// published for areas without counts by age.
    public static func `default`(for method: IndicatorDefinition.Method) -> InequalityBasis {
        switch method {
        case .crudeRate: return InequalityBasis(.ageStandardised)
        case .dsr, .isr, .lifeExpectancy: return InequalityBasis(.standardisedByMethod)
        case .proportion, .mean: return InequalityBasis(.crude)
        case .aggregate:
            return InequalityBasis(.crude, why: "published values for areas, with no counts by age")
        }
    }

    /// A short phrase for the scorecard: "age-standardised", "crude: …".
    public var label: String {
        switch kind {
        case .ageStandardised: return "age-standardised (ESP 2013)"
        case .standardisedByMethod: return "standardised for age by the indicator's method"
        case .crude: return why.map { "not age-standardised: \($0)" } ?? "not age-standardised"
        }
    }
}
