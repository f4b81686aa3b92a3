/// A cohort rule that cannot be read or does not make sense: where (line and column of the rule
/// text) and what. The message quotes only the rule, never person-level data.
public struct CohortRuleError: Error, CustomStringConvertible, Sendable, Hashable {
    private enum Code: Sendable, Hashable { case syntax, unknownName, badValue, needsModel }
    private let code: Code
    /// Line of the rule text (from 1).
    public let line: Int
    /// Column of the rule text (from 1, in characters).
    public let column: Int
    /// What is wrong.
    public let message: String

    private init(_ code: Code, _ position: CohortToken.Position, _ message: String) {
        self.code = code
        line = position.line
        column = position.column
        self.message = message
    }

    /// The rule's text does not follow the grammar.
    static func syntax(_ position: CohortToken.Position, _ message: String) -> CohortRuleError {
        CohortRuleError(.syntax, position, message)
    }

    /// A field, function or code that does not exist.
    static func unknownName(_ position: CohortToken.Position, _ message: String) -> CohortRuleError {
        CohortRuleError(.unknownName, position, message)
    }

    /// A value of the wrong kind or out of range.
    static func badValue(_ position: CohortToken.Position, _ message: String) -> CohortRuleError {
        CohortRuleError(.badValue, position, message)
    }

    /// The rule uses risk but no risk model is available.
    static func needsModel(_ position: CohortToken.Position) -> CohortRuleError {
        CohortRuleError(
            .needsModel, position,
            "this rule uses risk, which needs a stored risk model (placehealth risk train)")
    }

    /// Whether the rule named something that does not exist.
    public var isUnknownName: Bool { code == .unknownName }

    /// `line L, column C: message`.
    public var description: String { "line \(line), column \(column): \(message)" }

    /// The rule's line with a caret under the column, then the message.
    public func pointing(into rule: String) -> String {
        let lines = rule.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return description }
        let caret = String(repeating: " ", count: max(0, column - 1)) + "^"
        return "\(lines[line - 1])\n\(caret)\n\(description)"
    }
}
