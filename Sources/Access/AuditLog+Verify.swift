import PlaceModel
import Store

/// What checking the audit log's hash chain found.
public struct AuditVerification: Sendable, Codable, Hashable {
    /// Entries checked.
    public let entries: Int
    /// The hash of the last entry (64 zeros when the log is empty): keep it elsewhere to detect a
    /// removed tail later.
    public let head: String
    /// The first entry whose link or hash is wrong (nil when the chain is intact).
    public let firstBroken: Int64?
    /// What is wrong with it.
    public let problem: String?

    /// Whether every entry is in place, in order and unchanged.
    public var intact: Bool { firstBroken == nil }
}

extension AuditLog {
    /// Checks the hash chain from the first entry to the last: identifiers 1, 2, 3, … without a gap,
    /// each entry linked to the one before, and each hash matching the entry's fields. When `head`
    /// is given (a head recorded earlier), some entry must have it as its hash: entries removed from
    /// the end since then show this way.
    public func verify(head: String? = nil, page: Int = 10_000) throws -> AuditVerification {
        let list = AuditChain.fields.joined(separator: ", ")
        var (count, prior, expected) = (0, AuditChain.origin, Int64(1))
        var sawHead = head == nil || head == AuditChain.origin
        while true {
            let rows = try store.query(
                "SELECT \(list), prior_hash, entry_hash FROM audit_log WHERE entry_id >= ? ORDER BY entry_id LIMIT ?",
                [.int(expected), .int(Int64(page))])
            for row in rows {
                let id = Int64(row[0].number ?? 0)
                let values = Array(row.prefix(AuditChain.fields.count))
                let (linked, hash) = (
                    row[values.count].textValue ?? "", row[values.count + 1].textValue ?? ""
                )
                let problem: String? =
                    id != expected
                    ? "entries \(expected) to \(id - 1) are missing"
                    : linked != prior
                        ? "it does not link to the entry before it"
                        : hash != AuditChain.hash(values, prior: prior) ? "its content was changed" : nil
                if let problem {
                    return AuditVerification(
                        entries: count, head: prior, firstBroken: expected, problem: problem)
                }
                (count, prior, expected) = (count + 1, hash, id + 1)
                if hash == head { sawHead = true }
            }
            if rows.count < page { break }
        }
        if !sawHead {
            return AuditVerification(
                entries: count, head: prior, firstBroken: expected,
                problem: "no entry has the head hash given: entries were removed from the end")
        }
        return AuditVerification(entries: count, head: prior, firstBroken: nil, problem: nil)
    }
}
