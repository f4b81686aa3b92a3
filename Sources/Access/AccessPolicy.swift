import PlaceColumns
import Population

/// Who may see what. Pure: decides from the user, the request and the place's areas.
///
/// - Aggregates: everyone; small numbers shown only to ``Role/analyst``, suppressed for the rest.
/// - Person-level data (case-finding lists, timelines): clinicians only, and only for a scope
///   inside the practices or LCPs they are assigned to. An assigned LCP covers itself and each of
///   its practices; an assigned practice covers only itself.
/// - The audit log: the information-governance lead.
public struct AccessPolicy: Sendable {
    /// The areas (practice → LCP).
    public let areas: AreaIndex

    /// The policy for a place with `areas`.
    public init(areas: AreaIndex) { self.areas = areas }

    /// Checks that `user` may see person-level data of `scope`.
    ///
    /// - Throws: ``AccessError/signInRequired``, ``AccessError/notAllowed(_:_:)`` or
    ///   ``AccessError/outOfScope(_:)``.
    public func checkPersonLevel(_ user: User?, _ scope: AccessScope) throws {
        guard let user else { throw AccessError.signInRequired }
        guard user.role.seesPersonLevelData else {
            throw AccessError.notAllowed(user.role, "see person-level data")
        }
        guard user.scopes.contains(where: { covers($0, scope) }) else {
            throw AccessError.outOfScope(scope.description)
        }
    }

    /// Checks that `user` may read the audit log.
    ///
    /// - Throws: ``AccessError/signInRequired`` or ``AccessError/notAllowed(_:_:)``.
    public func checkAuditReader(_ user: User?) throws {
        guard let user else { throw AccessError.signInRequired }
        guard user.role.readsAuditLog else { throw AccessError.notAllowed(user.role, "read the audit log") }
    }

    /// Checks that `user` may edit the registers and plans kept by `board`.
    ///
    /// - Throws: ``AccessError/signInToEdit``, ``AccessError/notAllowed(_:_:)`` or
    ///   ``AccessError/notBoardEditor(_:)``.
    public static func checkEditor(_ user: User?, board: String?) throws {
        guard let user else { throw AccessError.signInToEdit }
        guard user.role.editsAssurance else {
            throw AccessError.notAllowed(user.role, "edit the Board's registers and plans")
        }
        guard let board, user.boards.contains(board) else {
            throw AccessError.notBoardEditor(board ?? "none")
        }
    }

    /// Whether aggregates are shown to `user` without suppression.
    public func unsuppressed(_ user: User?) -> Bool { user?.role.seesUnsuppressedAggregates ?? false }

    /// Whether an assigned scope covers a requested one.
    public func covers(_ assigned: AccessScope, _ requested: AccessScope) -> Bool {
        switch (assigned, requested) {
        case (.practice(let a), .practice(let r)): return a == r
        case (.lcp(let a), .lcp(let r)): return a == r
        case (.lcp(let a), .practice(let r)):
            return areas.practice(r).map { areas.practices[$0].lcp == a } ?? false
        case (.practice, .lcp): return false
        }
    }

    /// The scope a user's request means when it names none: their only assigned scope, if one.
    public func defaultScope(_ user: User?) -> AccessScope? {
        guard let scopes = user?.scopes, scopes.count == 1 else { return nil }
        return scopes[0]
    }
}
