/// Progress against an action as the CQC action plan in the 2019 pack rates it.
public enum RAG: String, Sendable, Equatable, CaseIterable {
    /// Done, or on track.
    case green
    /// In progress.
    case amber
    /// Insufficient or no progress.
    case red
}
