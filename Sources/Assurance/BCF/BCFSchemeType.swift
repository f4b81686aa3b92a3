/// A scheme type from the 2019/20 template's list.
public enum BCFSchemeType: String, Sendable, CaseIterable {
    /// Assistive Technologies and Equipment.
    case assistiveTechnologies = "Assistive Technologies and Equipment"
    /// Care Act Implementation Related Duties.
    case careAct = "Care Act Implementation Related Duties"
    /// Carers Services.
    case carers = "Carers Services"
    /// Community Based Schemes.
    case communityBased = "Community Based Schemes"
    /// DFG Related Schemes.
    case dfg = "DFG Related Schemes"
    /// Enablers for Integration.
    case enablers = "Enablers for Integration"
    /// HICM for Managing Transfer of Care.
    case hicm = "HICM for Managing Transfer of Care"
    /// Home Care or Domiciliary Care.
    case homeCare = "Home Care or Domiciliary Care"
    /// Housing Related Schemes.
    case housing = "Housing Related Schemes"
    /// Integrated Care Planning and Navigation.
    case careNavigation = "Integrated Care Planning and Navigation"
    /// Intermediate Care Services.
    case intermediateCare = "Intermediate Care Services"
    /// Personalised Budgeting and Commissioning.
    case personalisedBudgeting = "Personalised Budgeting and Commissioning"
    /// Personalised Care at Home.
    case personalisedCare = "Personalised Care at Home"
    /// Prevention / Early Intervention.
    case prevention = "Prevention / Early Intervention"
    /// Residential Placements.
    case residential = "Residential Placements"
    /// Other (the plan must say what).
    case other = "Other"
}

extension BCFSchemeType {
    /// The types whose schemes must state a planned output and its estimate: those the 2019/20
    /// template asks outputs of, as the Leeds plan's filled cells show (home care packages or hours,
    /// residential placements, intermediate care beds or packages).
    public static let withOutputs: Set<BCFSchemeType> = [.homeCare, .residential, .intermediateCare]
}
