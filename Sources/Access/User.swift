import Population

/// A user of the server: who they are, their role and, for a clinician, the practices or LCPs
/// whose people they may see.
public struct User: Sendable, Codable, Hashable {
    /// Sign-in name (lower case letters, digits, `.`, `-`, `_`).
    public let name: String
    /// Name shown on pages.
    public let displayName: String
    /// Role.
    public let role: Role
    /// Practices or LCPs assigned (clinicians only).
    public let scopes: [AccessScope]
    /// Boards whose registers and plans the user keeps (editors only).
    public let boards: [String]
    /// Whether the user may no longer sign in.
    public let disabled: Bool
    /// When the password, the state or the user were last changed (ISO 8601; empty if unknown).
    public let changedAt: String

    /// A user.
    public init(
        name: String, displayName: String, role: Role, scopes: [AccessScope], boards: [String] = [],
        disabled: Bool = false, changedAt: String = ""
    ) {
        self.name = name
        self.displayName = displayName
        self.role = role
        self.scopes = scopes
        self.boards = boards
        self.disabled = disabled
        self.changedAt = changedAt
    }

    /// What a session remembers of the user at sign-in: it ends when any of it changes (a new
    /// password, a new role or new scopes).
    public var credentials: String {
        "\(changedAt)|\(role.rawValue)|\(scopes.map(\.description).joined(separator: ","))|\(boards.joined(separator: ","))"
    }

    /// Whether `name` is a valid sign-in name: 2 to 64 of `a-z 0-9 . - _`, starting with a letter.
    public static func isValidName(_ name: String) -> Bool {
        guard (2...64).contains(name.count), let first = name.unicodeScalars.first,
            ("a"..."z").contains(first)
        else { return false }
        return name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "_"
        }
    }
}
