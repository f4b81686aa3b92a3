import Access
import Hummingbird
import HummingbirdAuth

/// The request context of every route: the session (from its cookie), the signed-in user (if
/// any) and the client's address (for limiting failed sign-ins).
public struct DashboardContext: AuthRequestContext, SessionRequestContext, RequestContext {
    /// Hummingbird's core context.
    public var coreContext: CoreRequestContextStorage
    /// The signed-in user, if any (set by the session authenticator).
    public var identity: User?
    /// The session.
    public let sessions: SessionContext<WebSession>
    /// The client's IP address ("local" in process).
    public let client: String

    /// A context for a request from `source`.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        identity = nil
        sessions = .init()
        client = source.channel.remoteAddress?.ipAddress ?? "local"
    }
}

/// What a session holds: the signed-in user's name (nil before sign-in) and the session's CSRF
/// token, which every form carries back.
public struct WebSession: Codable, Sendable, Hashable {
    /// The signed-in user's name.
    public var userName: String?
    /// The token every form of this session must return.
    public var csrf: String
    /// The user's ``User/credentials`` at sign-in: the session ends when they change.
    public var credentials: String?

    /// A session for `userName` (whose credentials are `credentials`) with a new random token.
    public init(userName: String? = nil, credentials: String? = nil) {
        self.userName = userName
        self.credentials = credentials
        var generator = SystemRandomNumberGenerator()
        csrf = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }
            .joined()
    }
}
