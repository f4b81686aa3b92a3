/// What the server allows one client, so slow or abusive clients cannot exhaust it: a connection
/// idle (or still sending its request's head) for ``idleTimeout`` is closed, a form's body must
/// arrive within ``bodyTimeout``, and at most ``maxConnections`` are open at once (more wait in
/// the listen queue). A proxy in front should add its own limits (docs/access.md).
public struct ServerLimits: Sendable, Hashable {
    /// How long a connection may stay idle, or take to send a request's head.
    public var idleTimeout: Duration
    /// How long a form's body may take to arrive.
    public var bodyTimeout: Duration
    /// Connections open at once.
    public var maxConnections: Int

    /// Limits (by default 30 s idle, 10 s for a body, 512 connections).
    public init(
        idleTimeout: Duration = .seconds(30), bodyTimeout: Duration = .seconds(10), maxConnections: Int = 512
    ) {
        self.idleTimeout = idleTimeout
        self.bodyTimeout = bodyTimeout
        self.maxConnections = maxConnections
    }
}
