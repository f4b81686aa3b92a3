import Population

/// One month's use of person-level data by user and area, as the Leeds Care Record board reviews
/// it: for the information-governance lead.
public struct AuditReview: Sendable, Codable, Hashable {
    /// One user's use in one area.
    public struct Row: Sendable, Codable, Hashable {
        /// The user.
        public let user: String
        /// Their role.
        public let role: String
        /// The practice or LCP (nil when the request named none).
        public let scope: AccessScope?
        /// Views and exports shown.
        public let granted: Int
        /// Requests refused.
        public let refused: Int
        /// Persons shown in all.
        public let persons: Int
        /// The purposes given, most used first.
        public let purposes: [String]
    }

    /// The month (`YYYY-MM`).
    public let month: String
    /// One row per user and area, by user.
    public let rows: [Row]
    /// The months with any entry, newest first.
    public let months: [String]
    /// Refused requests by no signed-in user in the month (counted by minute, not logged one by one).
    public let anonymousRefused: Int

    /// Views and exports shown in the month.
    public var granted: Int { rows.reduce(0) { $0 + $1.granted } }
    /// Requests refused in the month.
    public var refused: Int { rows.reduce(0) { $0 + $1.refused } }
}

extension AuditLog {
    /// The review of `month` (`YYYY-MM`).
    public func review(month: String) throws -> AuditReview {
        try flushRefusals()
        let rows = try store.query(
            """
            SELECT user_name, MAX(role), scope_kind, area_code,
                   SUM(outcome = 'granted'), SUM(outcome = 'refused'),
                   SUM(CASE WHEN outcome = 'granted' THEN records ELSE 0 END)
            FROM audit_log WHERE substr(at, 1, 7) = ?
            GROUP BY user_name, scope_kind, area_code ORDER BY user_name, scope_kind, area_code
            """, [.text(month)])
        let purposes = try store.query(
            """
            SELECT user_name, scope_kind, area_code, purpose, COUNT(*) FROM audit_log
            WHERE substr(at, 1, 7) = ? AND purpose <> ''
            GROUP BY user_name, scope_kind, area_code, purpose ORDER BY COUNT(*) DESC, purpose
            """, [.text(month)])
        var byKey: [String: [String]] = [:]
        for p in purposes {
            let key = [0, 1, 2].map { p[$0].textValue ?? "" }.joined(separator: "|")
            byKey[key, default: []].append(p[3].textValue ?? "")
        }
        let months = try store.query(
            "SELECT DISTINCT substr(at, 1, 7) FROM audit_log ORDER BY 1 DESC", []
        ).compactMap { $0[0].textValue }
        return AuditReview(
            month: month,
            rows: rows.map { r in
                let text = { (i: Int) in r[i].textValue ?? "" }
                let count = { (i: Int) in Int(r[i].number ?? 0) }
                return AuditReview.Row(
                    user: text(0), role: text(1), scope: AccessScope(kind: text(2), code: text(3)),
                    granted: count(4), refused: count(5), persons: count(6),
                    purposes: byKey[[0, 2, 3].map(text).joined(separator: "|")] ?? [])
            }, months: months, anonymousRefused: try anonymousRefusals(month: month))
    }
}
