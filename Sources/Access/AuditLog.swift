import Foundation
import PlaceModel
import Population
import Store

/// The append-only log of person-level access, in the store. Every view or export of
/// person-level data, and every refused request for one, is appended before anything is shown;
/// the store's triggers refuse any change or deletion.
public struct AuditLog: Sendable {
    /// The store.
    public let store: any PlaceStore
    /// The clock (tests set it).
    public let now: @Sendable () -> Date

    /// The log of `store`.
    public init(store: any PlaceStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.now = now
    }

    /// Appends `entry`, stamped with the time; returns it as written.
    @discardableResult
    public func append(_ entry: AuditEntry) throws -> AuditEntry {
        let at = UserDirectory.timestamp(now())
        let (kind, code) = (entry.scope?.kind ?? "", entry.scope?.code ?? "")
        let id = try store.transaction { writer -> Int64 in
            try writer.execute(
                """
                INSERT INTO audit_log (at, user_name, role, action, subject, scope_kind, area_code, purpose,
                    outcome, records, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(at), .text(entry.user), .text(entry.role.rawValue), .text(entry.action.rawValue),
                    .text(entry.subject), .text(kind), .text(code), .text(entry.purpose?.rawValue ?? ""),
                    .text(entry.outcome.rawValue), .int(Int64(entry.records)), .text(entry.channel.rawValue),
                ])
            return writer.lastInsertedRowID
        }
        return AuditEntry(
            id: id, at: at, user: entry.user, role: entry.role, action: entry.action, subject: entry.subject,
            scope: entry.scope, purpose: entry.purpose, outcome: entry.outcome, records: entry.records,
            channel: entry.channel)
    }

    /// The entries of `month` (`YYYY-MM`; every month when nil), optionally of one user, oldest first.
    public func entries(month: String? = nil, user: String? = nil) throws -> [AuditEntry] {
        var clauses: [String] = []
        var arguments: [FieldValue] = []
        if let month {
            clauses.append("substr(at, 1, 7) = ?")
            arguments.append(.text(month))
        }
        if let user {
            clauses.append("user_name = ?")
            arguments.append(.text(user))
        }
        let filter = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        return try store.query(
            """
            SELECT entry_id, at, user_name, role, action, subject, scope_kind, area_code, purpose, outcome,
                   records, channel FROM audit_log \(filter) ORDER BY entry_id
            """, arguments
        ).map(Self.entry)
    }

    static func entry(_ row: [FieldValue]) -> AuditEntry {
        let text = { (i: Int) in row[i].textValue ?? "" }
        let scope = AccessScope(kind: text(6), code: text(7))
        return AuditEntry(
            id: Int64(row[0].number ?? 0), at: text(1), user: text(2),
            role: Role(rawValue: text(3)) ?? .public,
            action: AuditEntry.Action(rawValue: text(4)) ?? .timeline, subject: text(5), scope: scope,
            purpose: Purpose(rawValue: text(8)), outcome: AuditEntry.Outcome(rawValue: text(9)) ?? .refused,
            records: Int(row[10].number ?? 0), channel: AuditEntry.Channel(rawValue: text(11)) ?? .web)
    }
}
