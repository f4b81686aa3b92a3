/// A scenario or projection that cannot be run as asked. Its description is for the user; it
/// never holds person-level data.
public struct ScenarioError: Error, CustomStringConvertible, Sendable {
    private enum Code: Sendable, Equatable {
        case unknownVariant(String, [String])
        case noBaselineData(Int)
        case noActivity(Int)
        case badHorizon(Int)
        case noTargetData(Int)
    }
    private let code: Code

    /// The migration variant is not one the pack's assumptions list.
    static func unknownVariant(_ name: String, known: [String]) -> ScenarioError {
        ScenarioError(code: .unknownVariant(name, known))
    }

    /// The store holds no residents on the baseline date, or no deaths in the years rates come from.
    static func noBaselineData(_ year: Int) -> ScenarioError { ScenarioError(code: .noBaselineData(year)) }

    /// The store holds no activity in the baseline year.
    static func noActivity(_ year: Int) -> ScenarioError { ScenarioError(code: .noActivity(year)) }

    /// The horizon is outside 0 to 50 years, or the baseline is not a year.
    static func badHorizon(_ years: Int) -> ScenarioError { ScenarioError(code: .badHorizon(years)) }

    /// The store has no activity in the last year of a back-test.
    static func noTargetData(_ year: Int) -> ScenarioError { ScenarioError(code: .noTargetData(year)) }

    /// Whether the store has no data for the baseline year asked for.
    var isMissingBaseline: Bool {
        switch code {
        case .noBaselineData, .noActivity: return true
        default: return false
        }
    }

    /// What went wrong.
    public var description: String {
        switch code {
        case .unknownVariant(let name, let known):
            return
                "no migration variant '\(name)' in the pack's projection assumptions (known: \(known.joined(separator: ", ")))"
        case .noBaselineData(let year):
            return
                "the store has no residents on 1 July \(year), or no deaths in the years before it: choose a baseline year the data covers"
        case .noActivity(let year):
            return
                "the store has no admissions, A&E attendances, care home admissions or reablement episodes in \(year): choose a baseline year the data covers"
        case .noTargetData(let year):
            return
                "the store has no activity in \(year), the back-test's last year: choose --baseline and --years so that it ends within the data"
        case .badHorizon(let years):
            return "the horizon must be 0 to 50 years, found \(years)"
        }
    }
}
