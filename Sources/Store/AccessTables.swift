import PlaceModel

/// Tables of sign-in and audit: the server's users, the areas each may see person-level data
/// for, and the append-only log of every person-level view or export.
public enum AccessTables {
    /// One user of the server.
    public static let users = TableSchema(
        "users", "one user who can sign in to the server",
        key: ["user_name"],
        columns: [
            Column("user_name", .text(maxLength: 64), "sign-in name (lower case)"),
            Column("display_name", .text(maxLength: 200), "name shown on pages and in the audit log"),
            Column("role", .text(maxLength: 32), "public, analyst, clinician, ig-lead or admin"),
            Column("password_hash", .text(maxLength: 200), "bcrypt hash of the password"),
            Column("disabled", .flag, "1 when the user may no longer sign in"),
            Column("created_at", .text(maxLength: 32), "when the user was added (UTC, ISO 8601)"),
            Column("changed_at", .text(maxLength: 32), "last change of password or status"),
        ])

    /// The practices or LCPs a clinician is assigned to.
    public static let userScopes = TableSchema(
        "user_scopes", "one practice or LCP a user may see person-level data for",
        key: ["user_name", "scope_kind", "area_code"],
        columns: [
            Column("user_name", .text(maxLength: 64), "the user"),
            Column(
                "scope_kind", .code(["practice", "lcp", "board"]), "practice or lcp; board for an editor"),
            Column("area_code", .text(maxLength: 16), "the practice's or LCP's code, or the board's id"),
        ])

    /// One person-level view or export, or a refused request for one. Append-only: the store's
    /// triggers refuse every update and delete.
    public static let auditLog = TableSchema(
        "audit_log", "one person-level view or export, or a refused request for one",
        key: ["entry_id"],
        columns: [
            Column("entry_id", .integer(1...Int64.max), "order of writing"),
            Column("at", .text(maxLength: 32), "when (UTC, ISO 8601)"),
            Column("user_name", .text(maxLength: 64), "who (or 'anonymous', or 'cli:NAME')"),
            Column("role", .text(maxLength: 32), "their role then"),
            Column("action", .text(maxLength: 32), "what: case-finding-list, timeline, export, ..."),
            Column("subject", .text(maxLength: 200), "which person (identifier) or list (cohort)"),
            Column("scope_kind", .text(maxLength: 16), "practice or lcp asked for"),
            Column("area_code", .text(maxLength: 16), "the area asked for"),
            Column("purpose", .text(maxLength: 32), "the purpose the user chose"),
            Column("outcome", .code(["granted", "refused"]), "whether the data were shown"),
            Column("records", .integer(0...Int64.max), "persons shown (0 when refused)"),
            Column("channel", .text(maxLength: 16), "web, api or cli"),
            Column(
                "prior_hash", .text(maxLength: 64),
                "the entry_hash of the entry before (64 zeros for the first)"),
            Column("entry_hash", .text(maxLength: 64), "SHA-256 of this entry's fields and prior_hash (hex)"),
        ],
        indexed: ["at", "user_name"])

    /// Refused person-level requests from no signed-in user, counted by minute instead of logged one
    /// by one (nothing was shown and nobody is accountable for them).
    public static let anonymousRefusals = TableSchema(
        "anonymous_refusals", "refused person-level requests by no signed-in user, counted by minute",
        key: ["minute", "action", "channel"],
        columns: [
            Column("minute", .text(maxLength: 16), "the minute (UTC, YYYY-MM-DDTHH:MM)"),
            Column("action", .text(maxLength: 32), "what was asked for"),
            Column("channel", .text(maxLength: 16), "web or api"),
            Column("refused", .integer(1...Int64.max), "requests refused in the minute"),
        ])

    /// One version of a risk or an action of the Board's registers and plans, made from the
    /// dashboard or imported. Append-only: the store's triggers refuse every update and delete.
    public static let assuranceEdits = TableSchema(
        "assurance_edits", "one version of a risk or an action of the Board's registers and plans",
        key: ["edit_id"],
        columns: [
            Column("edit_id", .integer(1...Int64.max), "order of writing"),
            Column("kind", .code(["risk", "action"]), "a risk of a register or an action of a plan"),
            Column("container", .text(maxLength: 64), "the register's or plan's id"),
            Column("item", .text(maxLength: 64), "the risk's or action's id"),
            Column("body", .text(maxLength: 1_000_000), "the item in the fields of assurance.yaml, as JSON"),
            Column("author", .text(maxLength: 64), "who (user name, or 'import')"),
            Column("at", .text(maxLength: 32), "when (UTC, ISO 8601)"),
            Column("state", .code(["draft", "published"]), "draft (editors only) or published"),
        ],
        indexed: ["container"])

    /// Every access table, in creation order.
    public static let all = [users, userScopes, auditLog, anonymousRefusals]
}
