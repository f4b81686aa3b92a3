/// A lower layer super output area: a small area of about 1,600 people, the building block of
/// the geography and of deprivation (IMD) analysis.
public struct LSOA: Sendable, Equatable, Hashable {
    /// The LSOA code (synthetic codes look like `E01S00001`).
    public let code: String
    /// The LSOA name, the ward name and a number (for example "Armley 001").
    public let name: String
    /// The code of the ward the LSOA lies in.
    public let wardCode: String
    /// The national Index of Multiple Deprivation decile: 1 = most deprived 10% of England.
    public let imdDecile: Int
    /// The resident population the synthetic place should give this LSOA.
    public let population: Int

    /// Creates an LSOA.
    public init(code: String, name: String, wardCode: String, imdDecile: Int, population: Int) {
        self.code = code
        self.name = name
        self.wardCode = wardCode
        self.imdDecile = imdDecile
        self.population = population
    }

    /// Whether the LSOA is among the 10% most deprived nationally ("deprived Leeds").
    public var isMostDeprivedDecile: Bool { imdDecile == 1 }
}
