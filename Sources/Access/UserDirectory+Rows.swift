import Foundation
import PlaceModel
import Population
import Store

extension UserDirectory {
    func users(where clause: String, _ arguments: [FieldValue]) throws -> [User] {
        let rows = try store.query(
            """
            SELECT u.user_name, u.display_name, u.role, u.disabled,
                   (SELECT group_concat(s.scope_kind || ':' || s.area_code, ' ') FROM user_scopes s
                     WHERE s.user_name = u.user_name), u.changed_at
            FROM users u \(clause) ORDER BY u.user_name
            """, arguments)
        return rows.map { row in
            let parameters = (row[4].textValue ?? "").split(separator: " ").map(String.init)
            let scopes = parameters.compactMap { AccessScope(parameter: $0) }
            let boards = parameters.filter { $0.hasPrefix("board:") }.map { String($0.dropFirst(6)) }.sorted()
            return User(
                name: row[0].textValue ?? "", displayName: row[1].textValue ?? "",
                role: Role(rawValue: row[2].textValue ?? "") ?? .public,
                scopes: scopes.sorted { $0.description < $1.description }, boards: boards,
                disabled: row[3].number == 1, changedAt: row[5].textValue ?? "")
        }
    }

    func setDisabled(_ name: String, _ disabled: Bool) throws {
        try update(
            name, "UPDATE users SET disabled = ?, changed_at = ? WHERE user_name = ?",
            [.flag(disabled), .text(Self.changeTime()), .text(name)])
    }

    func update(_ name: String, _ sql: String, _ arguments: [FieldValue]) throws {
        let changed = try store.transaction { writer in try writer.execute(sql, arguments) }
        guard changed == 1 else { throw AccessError.unknownUser(name) }
    }

    func checkBoards(_ boards: [String], role: Role) throws {
        if role == .editor, boards.isEmpty {
            throw AccessError.invalidScope("an editor needs at least one --board")
        }
        if role != .editor, !boards.isEmpty {
            throw AccessError.invalidScope("only editors are assigned boards")
        }
        if let bad = boards.first(where: { !AccessScope.isCode($0) }) {
            throw AccessError.invalidScope(
                "'\(bad)' is not a board id (1 to 16 letters, digits, '-', '_' or '.')")
        }
    }

    func checkScopes(_ scopes: [AccessScope], role: Role) throws {
        if role == .clinician, scopes.isEmpty {
            throw AccessError.invalidScope("a clinician needs at least one --practice or --lcp")
        }
        if role != .clinician, !scopes.isEmpty {
            throw AccessError.invalidScope("only clinicians are assigned practices or LCPs")
        }
        for scope in scopes {
            let (kind, code) = (scope.kind, scope.code)
            guard
                try !store.query(
                    "SELECT 1 FROM areas WHERE area_code = ? AND kind = ?", [.text(code), .text(kind)]
                )
                .isEmpty
            else { throw AccessError.invalidScope("no \(kind) \(code) in the store") }
        }
    }

    /// Now, as stored (UTC, ISO 8601, seconds).
    static func timestamp(_ date: Date = Date()) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    /// Now, as a user's `changed_at` (UTC, ISO 8601, milliseconds: a session remembers it, so two
    /// changes a second apart must differ).
    static func changeTime(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
