/// One stored change to the book: a new version of a risk or an action (with its progress
/// updates), kept with who made it and when. Versions are only ever added; the latest visible one
/// of an item is the item.
public struct AssuranceEdit: Sendable, Equatable {
    /// What the edit is a version of.
    public enum Kind: String, Sendable, CaseIterable {
        /// A risk of a register.
        case risk
        /// An action of a plan.
        case action
    }

    /// Who sees the version: editors see drafts; everyone sees what is published.
    public enum State: String, Sendable, CaseIterable {
        /// Seen by editors only.
        case draft
        /// Seen by everyone.
        case published
    }

    /// The order the versions were stored in.
    public let sequence: Int
    /// A risk or an action.
    public let kind: Kind
    /// The register's or plan's id.
    public let container: String
    /// The risk's or action's id.
    public let item: String
    /// The item, in the fields of `assurance.yaml`, as JSON.
    public let body: String
    /// Who made it (a user name).
    public let author: String
    /// When (ISO 8601, UTC).
    public let at: String
    /// Draft or published.
    public let state: State

    /// An edit as stored.
    public init(
        sequence: Int, kind: Kind, container: String, item: String, body: String, author: String, at: String,
        state: State
    ) {
        self.sequence = sequence
        self.kind = kind
        self.container = container
        self.item = item
        self.body = body
        self.author = author
        self.at = at
        self.state = state
    }

    /// The name errors give the edit in place of a file.
    var origin: String { "\(state.rawValue) \(kind.rawValue) \(container)/\(item) (version \(sequence))" }
}
