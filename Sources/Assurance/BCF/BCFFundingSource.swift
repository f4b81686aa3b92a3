/// A source of the pooled budget, named as the template's Income and Expenditure sheets name it.
public enum BCFFundingSource: String, Sendable, CaseIterable {
    /// The Disabled Facilities Grant.
    case dfg = "DFG"
    /// The CCG's minimum contribution.
    case minimumCCG = "Minimum CCG Contribution"
    /// The improved Better Care Fund grant.
    case iBCF = "iBCF"
    /// The Winter Pressures Grant.
    case winterPressures = "Winter Pressures Grant"
    /// A local authority's contribution above the minimum.
    case additionalLA = "Additional LA Contribution"
    /// A CCG's contribution above the minimum.
    case additionalCCG = "Additional CCG Contribution"
}
