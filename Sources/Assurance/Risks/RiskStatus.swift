import PlaceModel

/// What a risk's ratings mean on a day: its bands, its movement since the last review, whether its
/// review is overdue and whether it is above the register's appetite.
public struct RiskStatus: Sendable, Equatable {
    /// How the rating moved since the last review.
    public enum Movement: String, Sendable, Equatable {
        /// The score rose.
        case worse
        /// The score fell.
        case better
        /// The score is the same.
        case unchanged
        /// No review before.
        case new
    }

    /// The risk.
    public let risk: Risk
    /// The band before mitigation, now and as the target.
    public let before: Band?
    /// The band now.
    public let now: Band?
    /// The band of the target.
    public let target: Band?
    /// The movement since the last review.
    public let movement: Movement
    /// Whether the review date has passed.
    public let reviewOverdue: Bool
    /// Whether the band now is more severe than the register's appetite.
    public let aboveAppetite: Bool

    /// The standing of `risk` under `matrix` and `appetite` on `date`.
    public init(risk: Risk, matrix: BandMatrix, appetite: Band, on date: CivilDate) {
        self.risk = risk
        before = matrix.band(risk.before)
        now = matrix.band(risk.now)
        target = matrix.band(risk.target)
        if let last = risk.history.last(where: { $0.date <= date }) {
            let change = risk.now.score - last.rating.score
            movement = change > 0 ? .worse : change < 0 ? .better : .unchanged
        } else {
            movement = .new
        }
        reviewOverdue = risk.review < date
        aboveAppetite = now.map { $0.isMoreSevere(than: appetite) } ?? false
    }
}
