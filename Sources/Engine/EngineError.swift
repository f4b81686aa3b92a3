/// A problem the engine finds in a definition or a request.
public struct EngineError: Error, CustomStringConvertible, Sendable {
    private enum Code: Sendable { case badDefinition, unknownIndicator, unknownBreakdown }
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

    /// A message naming where and what.
    public var description: String {
        switch code {
        case .badDefinition: return "\(origin): \(detail)"
        case .unknownIndicator: return "no indicator '\(origin)'; indicators: \(detail)"
        case .unknownBreakdown: return "no breakdown '\(origin)'; breakdowns: \(detail)"
        }
    }
}
