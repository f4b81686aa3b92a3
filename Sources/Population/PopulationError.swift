/// A request the population engine cannot answer. Messages name areas, dates and cohorts, never
/// a person.
public struct PopulationError: Error, CustomStringConvertible, Sendable, Hashable {
    private enum Code: Sendable, Hashable { case unknownArea, notInScope, unknownCohort, badCatalog }
    private let code: Code
    private let subject: String
    private let detail: String

    private init(_ code: Code, _ subject: String, _ detail: String = "") {
        self.code = code
        self.subject = subject
        self.detail = detail
    }

    /// No LCP or practice with this code.
    public static func unknownArea(_ kind: String, _ code: String) -> PopulationError {
        PopulationError(.unknownArea, code, kind)
    }

    /// The person asked for is not registered in the requested scope (or not held at all: the
    /// two are not told apart, so that a request cannot find out who exists).
    public static func notInScope(_ scope: AccessScope) -> PopulationError {
        PopulationError(.notInScope, scope.description)
    }

    /// No cohort with this identifier in the pack.
    public static func unknownCohort(_ id: String, known: [String]) -> PopulationError {
        PopulationError(.unknownCohort, id, known.joined(separator: ", "))
    }

    /// The pack's cohort catalogue is wrong (file, line and problem).
    public static func badCatalog(_ location: String, _ problem: String) -> PopulationError {
        PopulationError(.badCatalog, location, problem)
    }

    /// Whether the request was refused for being outside its scope.
    public var isOutOfScope: Bool { code == .notInScope }

    /// What went wrong.
    public var description: String {
        switch code {
        case .unknownArea: return "no \(detail) with code '\(subject)'"
        case .notInScope: return "no such person registered in \(subject)"
        case .unknownCohort: return "no cohort '\(subject)'; cohorts: \(detail)"
        case .badCatalog: return "\(subject): \(detail)"
        }
    }
}
