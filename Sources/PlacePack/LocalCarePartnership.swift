/// A Local Care Partnership: the neighbourhood-level partnership of GP practices, community
/// services, social care and the third sector where population health management happens.
public struct LocalCarePartnership: Sendable, Equatable, Hashable {
    /// The LCP code (for example `LCP01`).
    public let code: String
    /// The LCP name.
    public let name: String
    /// The code of the integrated neighbourhood team the LCP is built on.
    public let neighbourhoodTeamCode: String

    /// Creates a Local Care Partnership.
    public init(code: String, name: String, neighbourhoodTeamCode: String) {
        self.code = code
        self.name = name
        self.neighbourhoodTeamCode = neighbourhoodTeamCode
    }
}
