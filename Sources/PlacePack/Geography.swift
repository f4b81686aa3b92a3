/// The area hierarchy of a place: LSOA -> ward -> Local Care Partnership -> neighbourhood team,
/// and practice -> primary care network -> Local Care Partnership.
///
/// Lists keep the order of the pack file; lookups by code are constant time.
public struct Geography: Sendable {
    /// The wards, in file order.
    public let wards: [Ward]
    /// The LSOAs, in file order.
    public let lsoas: [LSOA]
    /// The Local Care Partnerships, in file order.
    public let localCarePartnerships: [LocalCarePartnership]
    /// The primary care networks, in file order.
    public let primaryCareNetworks: [PrimaryCareNetwork]
    /// The GP practices, in file order.
    public let practices: [Practice]
    /// The integrated neighbourhood teams, in file order.
    public let neighbourhoodTeams: [NeighbourhoodTeam]

    private let wardIndex: [String: Int]
    private let lsoaIndex: [String: Int]
    private let lcpIndex: [String: Int]
    private let pcnIndex: [String: Int]
    private let practiceIndex: [String: Int]
    private let teamIndex: [String: Int]

    /// Creates a geography. It does not validate references; ``PlacePack/load(from:)`` does.
    /// When codes repeat, lookups find the first.
    public init(
        wards: [Ward], lsoas: [LSOA], localCarePartnerships: [LocalCarePartnership],
        primaryCareNetworks: [PrimaryCareNetwork], practices: [Practice],
        neighbourhoodTeams: [NeighbourhoodTeam]
    ) {
        self.wards = wards
        self.lsoas = lsoas
        self.localCarePartnerships = localCarePartnerships
        self.primaryCareNetworks = primaryCareNetworks
        self.practices = practices
        self.neighbourhoodTeams = neighbourhoodTeams
        wardIndex = Self.index(wards.map(\.code))
        lsoaIndex = Self.index(lsoas.map(\.code))
        lcpIndex = Self.index(localCarePartnerships.map(\.code))
        pcnIndex = Self.index(primaryCareNetworks.map(\.code))
        practiceIndex = Self.index(practices.map(\.code))
        teamIndex = Self.index(neighbourhoodTeams.map(\.code))
    }

    private static func index(_ codes: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (position, code) in codes.enumerated() where result[code] == nil { result[code] = position }
        return result
    }

    /// The ward with this code, if any.
    public func ward(_ code: String) -> Ward? { wardIndex[code].map { wards[$0] } }
    /// The LSOA with this code, if any.
    public func lsoa(_ code: String) -> LSOA? { lsoaIndex[code].map { lsoas[$0] } }
    /// The Local Care Partnership with this code, if any.
    public func localCarePartnership(_ code: String) -> LocalCarePartnership? {
        lcpIndex[code].map { localCarePartnerships[$0] }
    }
    /// The primary care network with this code, if any.
    public func primaryCareNetwork(_ code: String) -> PrimaryCareNetwork? {
        pcnIndex[code].map { primaryCareNetworks[$0] }
    }
    /// The practice with this code, if any.
    public func practice(_ code: String) -> Practice? { practiceIndex[code].map { practices[$0] } }
    /// The neighbourhood team with this code, if any.
    public func neighbourhoodTeam(_ code: String) -> NeighbourhoodTeam? {
        teamIndex[code].map { neighbourhoodTeams[$0] }
    }

    /// The sum of the LSOA populations.
    public var totalPopulation: Int { lsoas.reduce(0) { $0 + $1.population } }

    /// The share (0...1) of the population living in IMD decile 1 LSOAs ("deprived Leeds").
    public var deprivedShare: Double {
        let total = totalPopulation
        guard total > 0 else { return 0 }
        let deprived = lsoas.filter(\.isMostDeprivedDecile).reduce(0) { $0 + $1.population }
        return Double(deprived) / Double(total)
    }

    /// The LSOAs in a ward, in file order.
    public func lsoas(inWard wardCode: String) -> [LSOA] { lsoas.filter { $0.wardCode == wardCode } }

    /// The LCP of an LSOA (through its ward), if the references resolve.
    public func lcpCode(ofLSOA lsoaCode: String) -> String? {
        lsoa(lsoaCode).flatMap { ward($0.wardCode) }?.lcpCode
    }
}
