import PlaceModel

/// One action of a plan: what is to be done, by whom, by when, and its progress updates.
public struct Action: Sendable, Equatable {
    /// One progress update: the day, what was done, the owner's rating, and whether it finishes
    /// the action.
    public struct Update: Sendable, Equatable {
        /// The day of the update.
        public let date: CivilDate
        /// What was done.
        public let note: String
        /// The owner's rating then.
        public let rag: RAG
        /// Whether the action is complete.
        public let done: Bool
    }

    /// The action's id within its plan.
    public let id: String
    /// What is to be done.
    public let action: String
    /// A role or a board, never a person's name.
    public let owner: String
    /// The day it was agreed.
    public let raised: CivilDate
    /// The day it is due.
    public let due: CivilDate
    /// Progress updates in date order.
    public let updates: [Update]
}
