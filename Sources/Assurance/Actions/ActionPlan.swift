import PlaceModel

/// A plan of actions (such as the CQC local system review action plan), with the number of days
/// after which an action with no update is flagged.
public struct ActionPlan: Sendable, Equatable {
    /// The plan's id in the pack.
    public let id: String
    /// Its name.
    public let name: String
    /// Where it comes from.
    public let source: String
    /// The board that keeps it (its editors may change it from the dashboard), if any.
    public let board: String?
    /// Days without an update after which an open action is flagged.
    public let staleAfterDays: Int
    /// The actions.
    public let actions: [Action]

    /// A plan.
    public init(
        id: String, name: String, source: String, board: String? = nil, staleAfterDays: Int, actions: [Action]
    ) {
        self.id = id
        self.name = name
        self.source = source
        self.board = board
        self.staleAfterDays = staleAfterDays
        self.actions = actions
    }

    /// Each action's standing on `date`.
    public func statuses(on date: CivilDate) -> [ActionStatus] {
        actions.map { ActionStatus(action: $0, staleAfterDays: staleAfterDays, on: date) }
    }

    /// The plan's summary on `date`: how many actions, and how many of each rating.
    public func summary(on date: CivilDate) -> Summary {
        let statuses = statuses(on: date)
        func count(_ rag: RAG) -> Int { statuses.filter { $0.rag == rag }.count }
        return Summary(
            actions: statuses.count, green: count(.green), amber: count(.amber), red: count(.red),
            unrated: statuses.filter { $0.rag == nil }.count, overdue: statuses.filter(\.overdue).count,
            stale: statuses.filter(\.stale).count)
    }

    /// "36 actions: 27 green, 9 amber, 0 red", with the flags.
    public struct Summary: Sendable, Equatable, CustomStringConvertible {
        /// Actions in the plan.
        public let actions: Int
        /// Actions rated green, amber and red at their latest update.
        public let green: Int, amber: Int, red: Int
        /// Actions with no update yet.
        public let unrated: Int
        /// Open actions past their due date.
        public let overdue: Int
        /// Open actions with no update for the plan's number of days.
        public let stale: Int

        /// The summary as the Board's papers put it.
        public var description: String {
            "\(actions) actions: \(green) green, \(amber) amber, \(red) red"
                + (unrated > 0 ? ", \(unrated) not yet rated" : "")
                + "; overdue: \(overdue); no recent update: \(stale)"
        }
    }
}
