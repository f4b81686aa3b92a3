/// One scheme of a plan's Expenditure sheet.
public struct BCFScheme: Sendable {
    /// The scheme's id as the template prints it.
    public let id: String
    /// Its name.
    public let name: String?
    /// Its type, and what it is where the type is Other.
    public let type: BCFSchemeType?, otherType: String?
    /// Its sub-type, where the type has them.
    public let subType: String?
    /// The planned output's estimate, where given.
    public let outputEstimate: Double?
    /// The impact it claims on each metric.
    public let impacts: [BCFMetric: BCFImpact]
    /// Its area of spend (Social Care, Community Health, Acute, ...).
    public let areaOfSpend: String?
    /// Who commissions it: LA, CCG or Joint, and the local authority's share where Joint.
    public let commissioner: String?, jointLAPercent: Double?
    /// Who provides it.
    public let provider: String?
    /// Which source funds it.
    public let funding: BCFFundingSource?
    /// How much it spends.
    public let expenditure: Money?

    /// Whether it claims any impact on `metric`.
    public func claims(_ metric: BCFMetric) -> Bool {
        impacts[metric].map { $0 != .notApplicable } ?? false
    }

    /// The part of its expenditure the CCG commissions: all of it for a CCG scheme, the CCG's share
    /// of a Joint one, none for a local authority's.
    public var commissionedByCCG: Money {
        guard let expenditure else { return .zero }
        switch commissioner {
        case "CCG": return expenditure
        case "Joint": return expenditure.share(percent: 100 - (jointLAPercent ?? 0))
        default: return .zero
        }
    }
}
