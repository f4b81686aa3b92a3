/// The areas persons are grouped by: LSOAs (with their IMD decile, ward and LCP) and practices
/// (with their PCN and LCP), numbered densely.
public struct AreaIndex: Sendable {
    /// An LSOA: where a person lives.
    public struct LSOA: Sendable, Hashable {
        /// LSOA code.
        public let code: String
        /// National IMD decile (1 = most deprived 10%); 0 when unknown.
        public let decile: Int
        /// Its ward's code.
        public let ward: String
        /// Its ward's Local Care Partnership.
        public let lcp: String

        /// An LSOA.
        public init(code: String, decile: Int, ward: String, lcp: String) {
            self.code = code
            self.decile = decile
            self.ward = ward
            self.lcp = lcp
        }
    }

    /// A GP practice: where a person is registered.
    public struct Practice: Sendable, Hashable {
        /// Practice code.
        public let code: String
        /// Its primary care network.
        public let pcn: String
        /// Its PCN's Local Care Partnership.
        public let lcp: String

        /// A practice.
        public init(code: String, pcn: String, lcp: String) {
            self.code = code
            self.pcn = pcn
            self.lcp = lcp
        }
    }

    /// The LSOAs, by dense index.
    public let lsoas: [LSOA]
    /// The practices, by dense index.
    public let practices: [Practice]
    /// Area names by code (LCPs, practices, wards, PCNs), for display.
    public let names: [String: String]
    /// The LCP codes, sorted.
    public let lcps: [String]
    private let lsoaPosition: [String: Int]
    private let practicePosition: [String: Int]

    /// An index of these areas.
    public init(lsoas: [LSOA], practices: [Practice], names: [String: String] = [:]) {
        self.lsoas = lsoas
        self.practices = practices
        self.names = names
        lcps = Array(Set(lsoas.map(\.lcp) + practices.map(\.lcp)).filter { !$0.isEmpty }).sorted()
        lsoaPosition = Dictionary(lsoas.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        practicePosition = Dictionary(
            practices.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The dense index of an LSOA code.
    public func lsoa(_ code: String) -> Int? { lsoaPosition[code] }
    /// The dense index of a practice code.
    public func practice(_ code: String) -> Int? { practicePosition[code] }
    /// The display name of an area code (the code itself when it has none).
    public func name(_ code: String) -> String { names[code] ?? code }
}
