import Foundation
import PlaceModel
import Population
import Store

/// The append-only log of person-level access, in the store. Every view or export of
/// person-level data, and every refused request for one by a signed-in user, is appended before
/// anything is shown; the store's triggers refuse any change, deletion or insertion but at the end,
/// and each entry holds the hash of the one before (``verify(head:page:)`` checks the chain).
/// Refusals of requests by no signed-in user are counted by minute instead (``refusedAnonymously(_:channel:)``).
public struct AuditLog: Sendable {
    /// The store.
    public let store: any PlaceStore
    /// The clock (tests set it).
    public let now: @Sendable () -> Date
    /// Refusals of requests by no signed-in user, counted by minute until written.
    let anonymous = AnonymousRefusals()

    /// The log of `store`.
    public init(store: any PlaceStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.now = now
    }

    /// Appends `entry`, stamped with the time and linked to the last entry by hash; returns it as
    /// written. A subject longer than 200 characters is cut to 200.
    @discardableResult
    public func append(_ entry: AuditEntry) throws -> AuditEntry {
        let at = UserDirectory.timestamp(now())
        let (kind, code) = (entry.scope?.kind ?? "", entry.scope?.code ?? "")
        let subject = String(entry.subject.prefix(200))
        let id = try store.transaction { writer -> Int64 in
            let last = try writer.query(
                "SELECT entry_id, entry_hash FROM audit_log ORDER BY entry_id DESC LIMIT 1", [])
            let id = (last.first?[0].number).map { Int64($0) + 1 } ?? 1
            let prior = last.first?[1].textValue ?? AuditChain.origin
            let values: [FieldValue] = [
                .int(id), .text(at), .text(entry.user), .text(entry.role.rawValue),
                .text(entry.action.rawValue), .text(subject), .text(kind), .text(code),
                .text(entry.purpose?.rawValue ?? ""), .text(entry.outcome.rawValue),
                .int(Int64(entry.records)),
                .text(entry.channel.rawValue),
            ]
            try writer.execute(
                """
                INSERT INTO audit_log (\(AuditChain.fields.joined(separator: ", ")), prior_hash, entry_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, values + [.text(prior), .text(AuditChain.hash(values, prior: prior))])
            return id
        }
        return AuditEntry(
            id: id, at: at, user: entry.user, role: entry.role, action: entry.action, subject: subject,
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
