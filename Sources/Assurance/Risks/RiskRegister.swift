import PlaceModel

/// A register of risks banded by one matrix, with the register's appetite: the most severe band it
/// accepts without escalation.
public struct RiskRegister: Sendable, Equatable {
    /// The register's id in the pack.
    public let id: String
    /// Its name.
    public let name: String
    /// Where it comes from.
    public let source: String
    /// The board that keeps it (its editors may change it from the dashboard), if any.
    public let board: String?
    /// The matrix that bands its risks.
    public let matrix: BandMatrix
    /// The most severe band accepted: risks now in a more severe band are above appetite.
    public let appetite: Band
    /// The risks.
    public let risks: [Risk]

    /// Each risk's standing on `date`.
    public func statuses(on date: CivilDate) -> [RiskStatus] {
        risks.map { RiskStatus(risk: $0, matrix: matrix, appetite: appetite, on: date) }
    }
}
