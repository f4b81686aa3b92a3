import PlaceModel

/// One risk of a register: what it is, who owns it, how it is rated before mitigation, now and as
/// its target, what controls it, when it is next reviewed, and its past reviews.
public struct Risk: Sendable, Equatable {
    /// One past review: the day and the rating then.
    public struct Review: Sendable, Equatable {
        /// The day of the review.
        public let date: CivilDate
        /// The rating given then.
        public let rating: Rating
    }

    /// The risk's id within its register.
    public let id: String
    /// "… due to … resulting in …".
    public let description: String
    /// A role or a board, not a person's name.
    public let owner: String
    /// Before mitigation.
    public let before: Rating
    /// Now.
    public let now: Rating
    /// The target once the actions are done.
    public let target: Rating
    /// The controls in place.
    public let controls: [String]
    /// The actions planned.
    public let actions: [String]
    /// The day of the next review.
    public let review: CivilDate
    /// Past reviews, oldest first.
    public let history: [Review]
    /// Indicator ids the risk bears on.
    public let indicators: [String]
    /// Actions of the book's plans that treat it, as `plan/action` (such as `cqc-2019/A3`).
    public let linkedActions: [String]
    /// Schemes of the book's Better Care Fund plan that bear on it, by scheme id.
    public let schemes: [String]
}
