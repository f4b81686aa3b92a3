import Foundation
import HummingbirdBcrypt
import PlaceModel
import Population
import Store

/// The server's users, kept in the store: added, disabled, enabled and given new passwords by an
/// administrator (`placehealth user`), and checked at sign-in. Passwords are stored only as bcrypt
/// hashes.
public struct UserDirectory: Sendable {
    /// The store.
    public let store: any PlaceStore
    /// bcrypt's cost (log2 of its rounds): 12 by default; tests use less.
    public let cost: UInt8

    /// The users of `store`.
    public init(store: any PlaceStore, cost: UInt8 = 12) {
        self.store = store
        self.cost = cost
    }

    /// Adds a user.
    ///
    /// - Throws: ``AccessError`` when the name is not valid or taken, the password is weak, or the
    ///   scopes do not suit the role (a clinician needs at least one; others none) or name no area,
    ///   or the boards do not (an editor needs at least one; others none).
    @discardableResult
    public func add(
        name: String, displayName: String? = nil, role: Role, scopes: [AccessScope] = [],
        boards: [String] = [],
        password: String
    ) throws -> User {
        guard User.isValidName(name) else { throw AccessError.invalidName(name) }
        try Self.checkStrength(password, name: name)
        try checkScopes(scopes, role: role)
        try checkBoards(boards, role: role)
        let user = User(
            name: name, displayName: displayName ?? name, role: role, scopes: scopes, boards: boards)
        let hash = Bcrypt.hash(password, cost: cost)
        let now = Self.changeTime()
        let added = try store.transaction { writer -> Bool in
            guard
                try writer.insert(
                    AccessTables.users,
                    [
                        .text(name), .text(user.displayName), .text(role.rawValue), .text(hash), .flag(false),
                        .text(now), .text(now),
                    ])
            else { return false }
            for scope in scopes {
                let (kind, code) = (scope.kind, scope.code)
                _ = try writer.insert(AccessTables.userScopes, [.text(name), .text(kind), .text(code)])
            }
            for board in Set(boards) {
                _ = try writer.insert(AccessTables.userScopes, [.text(name), .text("board"), .text(board)])
            }
            return true
        }
        guard added else { throw AccessError.duplicateUser(name) }
        return try self.user(name) ?? user
    }

    /// Stops `name` from signing in (sessions already open end at their next request).
    public func disable(_ name: String) throws { try setDisabled(name, true) }

    /// Lets a disabled user sign in again.
    public func enable(_ name: String) throws { try setDisabled(name, false) }

    /// Gives `name` a new password.
    ///
    /// - Throws: ``AccessError`` when there is no such user or the password is weak.
    public func resetPassword(_ name: String, to password: String) throws {
        try Self.checkStrength(password, name: name)
        let hash = Bcrypt.hash(password, cost: cost)
        try update(
            name, "UPDATE users SET password_hash = ?, changed_at = ? WHERE user_name = ?",
            [.text(hash), .text(Self.changeTime()), .text(name)])
    }

    /// The user named `name`, if any.
    public func user(_ name: String) throws -> User? {
        try users(where: "WHERE u.user_name = ?", [.text(name)]).first
    }

    /// Every user, by name.
    public func list() throws -> [User] { try users(where: "", []) }

    /// The user whose name and password these are, if they exist and are not disabled. Unknown
    /// names cost as much time as known ones.
    public func verify(name: String, password: String) throws -> User? {
        let rows = try store.query(
            "SELECT password_hash FROM users WHERE user_name = ?", [.text(name.lowercased())])
        guard let hash = rows.first?[0].textValue else {
            _ = Bcrypt.verify(password, hash: Self.decoy)
            return nil
        }
        guard Bcrypt.verify(password, hash: hash), let user = try user(name.lowercased()), !user.disabled
        else { return nil }
        return user
    }

    /// A new random password of 20 letters and digits for the user `name`, drawn again in the
    /// rare case it would fail ``checkStrength(_:name:)`` (it happens to hold the name).
    public static func generatePassword(for name: String) -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        while true {
            let password = String((0..<20).map { _ in alphabet.randomElement(using: &generator)! })
            if (try? checkStrength(password, name: name)) != nil { return password }
        }
    }

    /// Checks a password: at least 12 characters (and at most 200), at least 5 different ones, not
    /// the user name, and at least ``PasswordStrength/minimumBits`` of estimated strength (common
    /// words and passwords, runs, sequences and keyboard rows count for little).
    ///
    /// - Throws: ``AccessError/weakPassword(_:)`` saying which rule it breaks.
    public static func checkStrength(_ password: String, name: String) throws {
        if password.count < 12 { throw AccessError.weakPassword("use at least 12 characters") }
        if password.count > 200 { throw AccessError.weakPassword("use at most 200 characters") }
        if Set(password).count < 5 { throw AccessError.weakPassword("use at least 5 different characters") }
        if password.lowercased().contains(name.lowercased()) {
            throw AccessError.weakPassword("do not include the user name")
        }
        if PasswordStrength.bits(password) < PasswordStrength.minimumBits {
            throw AccessError.weakPassword(
                "it is too easy to guess (common words, repeats, sequences or keyboard rows); use a "
                    + "passphrase of several unrelated words, or let PlaceHealth make a password")
        }
    }

    /// A bcrypt hash of nothing anyone can type, verified against when the name is unknown.
    private static let decoy = Bcrypt.hash(UUID().uuidString, cost: 12)
}
