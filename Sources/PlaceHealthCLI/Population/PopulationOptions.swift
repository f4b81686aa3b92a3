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

extension Breakdown: ExpressibleByArgument {
    /// On the command line `--by` groups population aggregates: one of ``Breakdown/population``.
    public init?(argument: String) {
        guard let value = Breakdown(rawValue: argument), Breakdown.population.contains(value) else {
            return nil
        }
        self = value
    }

    /// The breakdowns `--by` takes.
    public static var allValueStrings: [String] { population.map(\.rawValue) }

    /// The help of every population command's `--by`.
    static let optionHelp: ArgumentHelp =
        "Group by: city, lcp, practice, decile, ethnicity, sex, life-stage (0-17, 18-64, 65-74, 75-84, 85+)."
}

extension Purpose: ExpressibleByArgument {}

/// A failure to report as `Error: message`, without the usage text that a ValidationError adds.
struct CommandFailure: Error, CustomStringConvertible {
    /// The message.
    let description: String

    init(_ description: String) { self.description = description }
}
