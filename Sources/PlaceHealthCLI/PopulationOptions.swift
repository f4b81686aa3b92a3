import ArgumentParser
import Foundation
import PlaceModel
import Population
import Access
import Store

/// Options shared by the population health commands: the store, the date, suppression, timings.
struct PopulationOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Option(
        help:
            "The date (YYYY-MM-DD) people are counted on. Default: 1 January of the store's last study year.")
    var date: String?

    @Flag(help: "Print how long loading and each step took (to standard error).")
    var timings = false

    /// The chosen date, or the default for the store.
    func day(_ opened: SQLiteStore) throws -> CivilDate {
        if let date {
            guard let parsed = CivilDate(iso: date) else {
                throw ValidationError("--date must be a date YYYY-MM-DD, found '\(date)'.")
            }
            return parsed
        }
        if let start = try PopulationLoader(store: opened).lastStudyYearStart() { return start }
        throw ValidationError("The store has no study years: give --date YYYY-MM-DD.")
    }

    /// Opens the store and reads the population, timing it.
    func load() throws -> (SQLiteStore, PopulationData) {
        let opened = try store.open()
        let data = try time("load") { try PopulationLoader(store: opened).load() }
        return (opened, data)
    }

    /// Opens the store, reads the population and computes everyone's state on the date.
    func snapshot() throws -> (store: SQLiteStore, data: PopulationData, snapshot: PopulationSnapshot) {
        let (opened, data) = try load()
        let date = try day(opened)
        return (opened, data, time("segment+frailty") { PopulationSnapshot(data: data, date: date) })
    }

    /// Runs `body`, printing its time with `--timings`.
    func time<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
        let began = Date()
        let result = try body()
        if timings {
            let ms = Date().timeIntervalSince(began) * 1000
            FileHandle.standardError.write(Data(String(format: "time %@ %.1f ms\n", label, ms).utf8))
        }
        return result
    }
}

/// The `--practice` / `--lcp` options of person-level commands: the scope a request is made for.
struct ScopeOptions: ParsableArguments {
    @Option(help: "The practice (code) the request is made for: its registered people only.")
    var practice: String?

    @Option(help: "The LCP (code) the request is made for: its people only.")
    var lcp: String?

    @Option(
        help:
            "Why you ask (written to the audit log): direct-care, case-finding, care-planning, safeguarding.")
    var purpose: Purpose

    func validate() throws {
        guard (practice == nil) != (lcp == nil) else {
            throw ValidationError("Give either --practice or --lcp.")
        }
    }

    /// The scope asked for.
    var scope: AccessScope { practice.map { .practice($0) } ?? .lcp(lcp ?? "") }

    /// The request as the audit log records it: the operating-system user, on the command line.
    var request: AccessRequest { .commandLine(NSUserName(), scope: scope, purpose: purpose) }

    /// Runs a person-level read, reporting a refusal as `Error: message`.
    func audited<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as AccessError { throw CommandFailure(error.description) }
    }
}

/// How aggregate counts are shown: small numbers withheld unless `--unsuppressed`. The population
/// aggregates' `withheld(threshold: applied)` masks give primary and secondary suppression;
/// ``show(_:)`` alone is primary only.
struct CountDisplay {
    let threshold: Int
    let unsuppressed: Bool

    /// The pack's suppression threshold, with the `--unsuppressed` choice.
    init(_ pack: PackOptions, _ disclosure: DisclosureOptions) throws {
        threshold = try pack.load().indicators().suppressionThreshold
        unsuppressed = disclosure.unsuppressed
    }

    /// The threshold to suppress at: the pack's, or 1 (nothing withheld) with `--unsuppressed`.
    var applied: Int { unsuppressed ? 1 : threshold }

    /// A count, or `*` when it is from 1 to the threshold minus 1 and suppression is on.
    func show(_ count: Int) -> String {
        !unsuppressed && count > 0 && count < threshold ? "*" : String(count)
    }

    /// A count, or `*` when a ``Withheld`` mask withholds it.
    func show(_ count: Int, withheld: Bool) -> String { withheld ? "*" : String(count) }

    /// The line printed above a table.
    func header(_ title: String, synthetic: Bool) -> String {
        title + (synthetic ? " — SYNTHETIC data" : "")
            + (unsuppressed ? "\nUNSUPPRESSED: small numbers shown; do not publish." : "")
    }
}

extension Breakdown: ExpressibleByArgument {}

extension Purpose: ExpressibleByArgument {}

/// A failure to report as `Error: message`, without the usage text that a ValidationError adds.
struct CommandFailure: Error, CustomStringConvertible {
    /// The message.
    let description: String

    init(_ description: String) { self.description = description }
}
