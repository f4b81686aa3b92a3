import PlaceModel

/// What an action's updates mean on a day: its latest rating, whether it is done, overdue, or has
/// had no update for the plan's number of days.
public struct ActionStatus: Sendable, Equatable {
    /// The action.
    public let action: Action
    /// The rating of the latest update on or before the day (nil before the first).
    public let rag: RAG?
    /// Whether an update on or before the day completed it.
    public let done: Bool
    /// Open and past its due date.
    public let overdue: Bool
    /// Open, and no update (or since it was raised, none at all) for the plan's number of days.
    public let stale: Bool
    /// The day of the latest update on or before the day.
    public let lastUpdate: CivilDate?

    /// The standing of `action` on `date`.
    public init(action: Action, staleAfterDays: Int, on date: CivilDate) {
        self.action = action
        let known = action.updates.filter { $0.date <= date }
        rag = known.last?.rag
        done = known.contains { $0.done }
        lastUpdate = known.last?.date
        overdue = !done && action.due < date
        stale = !done && (lastUpdate ?? action.raised).days(to: date) > staleAfterDays
    }
}
