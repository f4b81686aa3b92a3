import PlaceModel
/// A problem the engine finds in a definition or a request.
public struct EngineError: Error, CustomStringConvertible, Sendable {
    private enum Code: Sendable {
        case badDefinition, unknownIndicator, unknownBreakdown, unknownArea, unknownPeriod, badCounts
    }
    private let code: Code
    private let detail: String
    /// Where the problem is (a pack file and line, or the request).
    public let origin: String

    private init(_ code: Code, _ origin: String, _ detail: String) {
        self.code = code
        self.origin = origin
        self.detail = detail
    }

    /// A definition that cannot run on the data model.
    public static func badDefinition(_ origin: String, _ detail: String) -> EngineError {
        EngineError(.badDefinition, origin, detail)
    }
    /// No indicator with that id.
    public static func unknownIndicator(_ id: String, known: [String]) -> EngineError {
        EngineError(.unknownIndicator, id, known.joined(separator: ", "))
    }
    /// No such breakdown.
    public static func unknownBreakdown(_ name: String, known: [String]) -> EngineError {
        EngineError(.unknownBreakdown, name, known.joined(separator: ", "))
    }

    /// No area with that code (or not of a kind results are published for).
    public static func unknownArea(_ code: String) -> EngineError { EngineError(.unknownArea, code, "") }
    /// Not a period label.
    public static func unknownPeriod(_ text: String) -> EngineError { EngineError(.unknownPeriod, text, "") }

    /// Counts from an SQL engine that do not fit the place (the query's rows are not what a count
    /// plan's query returns).
    public static func badCounts(_ detail: String) -> EngineError {
        EngineError(.badCounts, "counts", detail)
    }

    /// Whether the request named something that does not exist (an indicator, breakdown, area or period).
    public var isUnknownName: Bool { code != .badDefinition && code != .badCounts }

    /// A message naming where and what.
    public var description: String {
        switch code {
        case .badDefinition: return "\(origin): \(detail)"
        case .unknownIndicator: return "no indicator '\(origin)'; indicators: \(detail)"
        case .unknownBreakdown: return "no breakdown '\(origin)'; breakdowns: \(detail)"
        case .unknownArea: return "no city, ward, LCP, PCN or practice with code '\(origin)'"
        case .badCounts: return detail
        case .unknownPeriod:
            return
                "'\(origin)' is not a period (write 2019, 2019/20 for a financial year or 2017-19 for pooled years)"
        }
    }
}
