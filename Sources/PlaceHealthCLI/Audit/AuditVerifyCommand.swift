import Access
import ArgumentParser
import Foundation

/// `placehealth audit verify`: proves the audit log is intact by walking its hash chain.
struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the audit log's hash chain: no entry changed, removed or inserted.",
        discussion: """
            Walks the log from its first entry: identifiers without a gap, each entry linked to the one \
            before, each hash matching the entry. Prints the head (the last entry's hash): keep it \
            elsewhere, and give it later with --head to show no entry was removed from the end since. \
            Exits with 1 when the chain is broken.
            """)

    @Option(help: "A head printed by an earlier verify: some entry must still have it.")
    var head: String?

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: table or json.")
    var format = OutputFormat.table

    func validate() throws {
        if let head, head.count != 64 || !head.allSatisfy(\.isHexDigit) {
            throw ValidationError("--head must be a 64-digit hexadecimal hash, as verify prints it.")
        }
        if format == .csv { throw ValidationError("--format must be table or json.") }
    }

    func run() async throws {
        let result = try AuditLog(store: try store.open()).verify(head: head?.lowercased())
        if format == .json {
            try OutputFormat.printJSON(result)
        } else if let broken = result.firstBroken {
            print("The audit log is NOT intact: entry \(broken): \(result.problem ?? "broken").")
            print("\(result.entries) entries before it are intact; their head: \(result.head)")
        } else {
            print("The audit log is intact: \(result.entries) entries.")
            print("head: \(result.head)")
        }
        if !result.intact { throw ExitCode(1) }
    }
}
