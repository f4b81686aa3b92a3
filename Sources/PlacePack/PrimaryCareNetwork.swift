/// A primary care network: a group of GP practices serving a shared population.
public struct PrimaryCareNetwork: Sendable, Equatable, Hashable {
    /// The PCN code (for example `PCN01`).
    public let code: String
    /// The PCN name.
    public let name: String
    /// The code of the Local Care Partnership the PCN belongs to.
    public let lcpCode: String

    /// Creates a primary care network.
    public init(code: String, name: String, lcpCode: String) {
        self.code = code
        self.name = name
        self.lcpCode = lcpCode
    }
}
