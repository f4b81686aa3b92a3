import Access
import ArgumentParser
import Foundation
import Population

/// `placehealth user`: the server's users, managed by an administrator on the server.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage the users who can sign in to the server: add, disable, enable, reset, list.",
        discussion: """
            Roles: public (published aggregates, suppressed), analyst (aggregates, unsuppressed), clinician \
            (person-level data for the practices or LCPs assigned with --practice/--lcp), ig-lead (reads the \
            audit log), admin (manages users), editor (keeps the risk registers and action plans of the \
            boards assigned with --board). Passwords are stored only as bcrypt hashes. Without \
            --password-stdin a random password is made and printed once.
            """,
        subcommands: [Add.self, Disable.self, Enable.self, Reset.self, List.self])

    /// `placehealth user add`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a user.")

        @Argument(help: "The sign-in name (lower case letters, digits, '.', '-', '_').")
        var name: String

        @Option(help: "The role: public, analyst, clinician, ig-lead, admin or editor.")
        var role: Role

        @Option(help: "A practice (code) a clinician is assigned to; repeat for several.")
        var practice: [String] = []

        @Option(help: "An LCP (code) a clinician is assigned to (all its practices); repeat for several.")
        var lcp: [String] = []

        @Option(
            help:
                "A board (its id in the pack's assurance.yaml) whose registers and plans an editor keeps; repeat for several."
        )
        var board: [String] = []

        @Option(help: "The name shown on pages (default: the sign-in name).")
        var displayName: String?

        @OptionGroup var password: PasswordOptions
        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard User.isValidName(name) else {
                throw ValidationError(AccessError.invalidName(name).description)
            }
        }

        func run() async throws {
            let scopes = practice.map { AccessScope.practice($0) } + lcp.map { AccessScope.lcp($0) }
            let secret = try password.obtain(for: name)
            let user = try UserCommand.run {
                try UserDirectory(store: store.open()).add(
                    name: name, displayName: displayName, role: role, scopes: scopes, boards: board,
                    password: secret.value)
            }
            print("Added \(user.name) (\(user.role): \(user.role.summary)).")
            if secret.generated { print("Password (shown once): \(secret.value)") }
        }
    }

    /// `placehealth user disable`.
    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Stop a user from signing in (open sessions end at their next request).")

        @Argument(help: "The sign-in name.")
        var name: String

        @OptionGroup var store: StoreOptions

        func run() async throws {
            try UserCommand.run { try UserDirectory(store: store.open()).disable(name) }
            print("Disabled \(name).")
        }
    }

    /// `placehealth user enable`.
    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Let a disabled user sign in again.")

        @Argument(help: "The sign-in name.")
        var name: String

        @OptionGroup var store: StoreOptions

        func run() async throws {
            try UserCommand.run { try UserDirectory(store: store.open()).enable(name) }
            print("Enabled \(name).")
        }
    }

    /// `placehealth user reset`.
    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give a user a new password.")

        @Argument(help: "The sign-in name.")
        var name: String

        @OptionGroup var password: PasswordOptions
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let secret = try password.obtain(for: name)
            try UserCommand.run {
                try UserDirectory(store: store.open()).resetPassword(name, to: secret.value)
            }
            print("New password set for \(name).")
            if secret.generated { print("Password (shown once): \(secret.value)") }
        }
    }

    /// `placehealth user list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the users (never their passwords).")

        @OptionGroup var store: StoreOptions

        @Option(help: "Output format: table, csv or json.")
        var format = OutputFormat.table

        func run() async throws {
            let users = try UserDirectory(store: store.open()).list()
            if format == .json { return try OutputFormat.printJSON(users) }
            try format.print(
                header: ["name", "display_name", "role", "areas", "status"],
                rows: users.map {
                    [
                        $0.name, $0.displayName, $0.role.rawValue,
                        $0.scopes.map(\.description).joined(separator: "; "),
                        $0.disabled ? "disabled" : "active",
                    ]
                })
        }
    }

    /// Runs `body`, reporting an ``AccessError`` as `Error: message`.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as AccessError { throw CommandFailure(error.description) }
    }
}

extension Role: ExpressibleByArgument {}

/// Where a new password comes from: standard input (`--password-stdin`) or made at random.
struct PasswordOptions: ParsableArguments {
    @Flag(help: "Read the password from the first line of standard input instead of making one.")
    var passwordStdin = false

    /// The password for the user `name`, and whether it was made here.
    func obtain(for name: String) throws -> (value: String, generated: Bool) {
        guard passwordStdin else { return (UserDirectory.generatePassword(for: name), true) }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw CommandFailure("--password-stdin: standard input held no password.")
        }
        return (line, false)
    }
}
