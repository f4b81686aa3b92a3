/// Why an access request, sign-in or user change failed. ``description`` is safe to show to the
/// user; ``debugDescription`` adds what an operator needs. Neither ever holds person-level data
/// (no person identifier, no password).
public struct AccessError: Error, Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    private enum Code: Sendable, Hashable {
        case invalidName, weakPassword, duplicateUser, unknownUser, invalidScope, signInFailed
        case tooManyAttempts, signInRequired, notAllowed, outOfScope, purposeRequired, notReady, busy
        case signInToEdit, notBoardEditor
    }

    private let code: Code
    private let detail: String

    private init(_ code: Code, _ detail: String = "") {
        self.code = code
        self.detail = detail
    }

    /// The sign-in name is not valid.
    public static func invalidName(_ name: String) -> AccessError { .init(.invalidName, name) }
    /// The password is too short or too simple.
    public static func weakPassword(_ why: String) -> AccessError { .init(.weakPassword, why) }
    /// A user of that name exists.
    public static func duplicateUser(_ name: String) -> AccessError { .init(.duplicateUser, name) }
    /// No user of that name exists.
    public static func unknownUser(_ name: String) -> AccessError { .init(.unknownUser, name) }
    /// The scopes do not suit the role, or an area does not exist.
    public static func invalidScope(_ why: String) -> AccessError { .init(.invalidScope, why) }
    /// The name or password is wrong, or the user is disabled (one message for all three).
    public static let signInFailed = AccessError(.signInFailed)
    /// Too many failed sign-ins: wait.
    public static func tooManyAttempts(retryAfter seconds: Int) -> AccessError {
        .init(.tooManyAttempts, String(seconds))
    }
    /// Person-level data or the audit log need a signed-in user.
    public static let signInRequired = AccessError(.signInRequired)
    /// The user's role does not allow this.
    public static func notAllowed(_ role: Role, _ what: String) -> AccessError {
        .init(.notAllowed, "\(role) may not \(what)")
    }
    /// The person or list is outside the areas the user is assigned to.
    public static func outOfScope(_ scope: String) -> AccessError { .init(.outOfScope, scope) }
    /// A person-level request must say why.
    public static let purposeRequired = AccessError(.purposeRequired)
    /// The population figures are still being prepared.
    public static let notReady = AccessError(.notReady)
    /// Too many sign-ins are being checked at once: try again shortly.
    public static let busy = AccessError(.busy)
    /// Editing the registers and plans needs a signed-in editor.
    public static let signInToEdit = AccessError(.signInToEdit)
    /// The register or plan belongs to a board the editor is not assigned to.
    public static func notBoardEditor(_ board: String) -> AccessError { .init(.notBoardEditor, board) }

    /// The HTTP status the server answers with.
    public var status: Int {
        switch code {
        case .signInRequired, .signInFailed, .signInToEdit: return 401
        case .notAllowed, .outOfScope, .notBoardEditor: return 403
        case .tooManyAttempts: return 429
        case .notReady, .busy: return 503
        case .unknownUser: return 404
        case .duplicateUser: return 409
        case .invalidName, .weakPassword, .invalidScope, .purposeRequired: return 400
        }
    }

    /// Seconds to wait before trying again (for too many failed sign-ins).
    public var retryAfter: Int? { code == .tooManyAttempts ? Int(detail) : code == .busy ? 1 : nil }

    /// Whether this is a refusal of a person-level request (written to the audit log).
    public var isRefusal: Bool { [.signInRequired, .notAllowed, .outOfScope].contains(code) }

    /// What went wrong, for the user.
    public var description: String {
        switch code {
        case .invalidName:
            return "A user name is 2 to 64 characters: lower-case letters, digits, '.', '-' or '_', "
                + "starting with a letter."
        case .weakPassword: return "The password is too weak: \(detail)."
        case .duplicateUser: return "That user exists already."
        case .unknownUser: return "There is no such user."
        case .invalidScope: return "The areas do not suit the role: \(detail)."
        case .signInFailed: return "The name or password is not right, or the account is disabled."
        case .tooManyAttempts: return "Too many failed sign-ins: try again in \(detail) seconds."
        case .signInRequired: return "Sign in to see person-level data."
        case .notAllowed: return "Your role does not allow this."
        case .outOfScope: return "You are not assigned to that practice or LCP."
        case .signInToEdit: return "Sign in as an editor to change the Board's registers and plans."
        case .notBoardEditor: return "You are not an editor of the board that keeps this register or plan."
        case .purposeRequired: return "Choose the purpose of this request."
        case .notReady: return "The population figures are being prepared: try again shortly."
        case .busy: return "The server is busy checking sign-ins: try again in a moment."
        }
    }

    /// What went wrong, with the detail an operator needs (user names and areas, never persons).
    public var debugDescription: String { detail.isEmpty ? description : "\(description) [\(detail)]" }
}
