/// An electoral ward, the smallest area residents and elected members recognise.
public struct Ward: Sendable, Equatable, Hashable {
    /// The ward code (an ONS `E05` code, or a synthetic code such as `E05S00001`).
    public let code: String
    /// The ward name, as the council spells it (for example "Gipton & Harehills").
    public let name: String
    /// The code of the Local Care Partnership the ward belongs to.
    public let lcpCode: String
    /// Whether the code is made up rather than the real ONS code.
    public let synthetic: Bool

    /// Creates a ward.
    public init(code: String, name: String, lcpCode: String, synthetic: Bool) {
        self.code = code
        self.name = name
        self.lcpCode = lcpCode
        self.synthetic = synthetic
    }
}
