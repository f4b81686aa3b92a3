import Crypto
import Foundation
import PlaceModel

/// The hash chain of the audit log. Each entry holds the hash of the entry before it
/// (`prior_hash`) and its own hash (`entry_hash`): SHA-256 over its fields and `prior_hash`. A
/// change, deletion or insertion anywhere but at the end breaks the chain from that entry on, and a
/// removed tail shows against a head hash kept elsewhere.
package enum AuditChain {
    /// The hashed columns, in order: every column of the audit log but the two hashes.
    package static let fields = [
        "entry_id", "at", "user_name", "role", "action", "subject", "scope_kind", "area_code", "purpose",
        "outcome", "records", "channel",
    ]

    /// The `prior_hash` of the first entry.
    package static let origin = String(repeating: "0", count: 64)

    /// The hash of an entry with `values` (of ``fields``, in order) following `prior`.
    ///
    /// Each value is written with its type and length, so no two different entries hash the same text.
    package static func hash(_ values: [FieldValue], prior: String) -> String {
        var text = ""
        for value in values {
            switch value {
            case .null: text += "n;"
            case .int(let n): text += "i\(n);"
            case .real(let x): text += "r\(x.bitPattern);"
            case .text(let s): text += "t\(s.utf8.count):\(s);"
            case .date(let d): text += "d\(d);"
            }
        }
        text += "p\(prior)"
        return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The trigger that keeps the log append-only for inserts: an entry must take the next
    /// identifier and link to the last entry (so `INSERT OR REPLACE` cannot overwrite one).
    static let appendTrigger = """
        CREATE TRIGGER audit_log_append_only BEFORE INSERT ON audit_log
        WHEN NEW.entry_id IS NOT (SELECT coalesce(max(entry_id), 0) + 1 FROM audit_log)
          OR NEW.prior_hash IS NOT coalesce(
            (SELECT entry_hash FROM audit_log ORDER BY entry_id DESC LIMIT 1), '\(origin)')
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: an entry is added at its end, linked to the last'); END
        """

    /// The triggers that refuse every update and deletion.
    static func changeTriggers() -> [String] {
        ["UPDATE", "DELETE"].map { event in
            """
            CREATE TRIGGER IF NOT EXISTS audit_log_no_\(event.lowercased()) BEFORE \(event) ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
            """
        }
    }
}
