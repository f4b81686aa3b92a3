/// One check of a Better Care Fund plan, with its figures and its outcome.
public struct BCFCheck: Sendable, Equatable {
    /// Pass, warning (what a reviewer would query) or fail (a national rule broken).
    public enum Outcome: String, Sendable, Comparable {
        /// The rule is met.
        case pass
        /// Met, but a reviewer would query it.
        case warning
        /// The rule is broken.
        case fail

        /// Pass before warning before fail.
        public static func < (a: Outcome, b: Outcome) -> Bool {
            [.pass, .warning, .fail].firstIndex(of: a)! < [.pass, .warning, .fail].firstIndex(of: b)!
        }
    }

    /// A stable id, such as `minimum.adult-social-care`.
    public let id: String
    /// The sheet the rule is about.
    public let sheet: BCFSheet
    /// What is checked.
    public let title: String
    /// The result.
    public let outcome: Outcome
    /// The figures behind the result, such as "minimum £15,988,500; planned £15,464,674".
    public let figures: String
}
