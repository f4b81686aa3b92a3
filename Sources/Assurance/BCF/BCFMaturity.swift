/// The maturity of a High Impact Change, from the template's scale, lowest first.
public enum BCFMaturity: String, Sendable, CaseIterable, Comparable {
    /// Not yet established.
    case notYetEstablished = "Not yet established"
    /// Plans in place.
    case plansInPlace = "Plans in place"
    /// Established.
    case established = "Established"
    /// Mature.
    case mature = "Mature"
    /// Exemplary.
    case exemplary = "Exemplary"

    /// Lower maturity first.
    public static func < (a: BCFMaturity, b: BCFMaturity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
