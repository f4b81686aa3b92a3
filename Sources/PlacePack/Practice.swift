/// A GP practice, placed in a ward, a primary care network and (through it) a Local Care
/// Partnership.
public struct Practice: Sendable, Equatable, Hashable {
    /// The practice code (synthetic codes look like `B86S01`).
    public let code: String
    /// The practice name (made up; never a real person's name).
    public let name: String
    /// The code of the ward the practice's main surgery is in.
    public let wardCode: String
    /// The code of the primary care network the practice belongs to.
    public let pcnCode: String
    /// The code of the Local Care Partnership; always the PCN's LCP.
    public let lcpCode: String
    /// The relative size of the practice list, used to share out registrations (positive; the
    /// weights need not sum to anything in particular).
    public let listWeight: Double

    /// Creates a practice.
    public init(
        code: String, name: String, wardCode: String, pcnCode: String, lcpCode: String, listWeight: Double
    ) {
        self.code = code
        self.name = name
        self.wardCode = wardCode
        self.pcnCode = pcnCode
        self.lcpCode = lcpCode
        self.listWeight = listWeight
    }
}
