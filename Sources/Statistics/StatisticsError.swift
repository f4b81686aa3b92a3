/// A problem with the input to a statistical method: the value was not computed.
///
/// Bad input is always thrown, never returned as a NaN or an infinity. The error names the input
/// (`field`, for example `"numerator"`) and, for a list of inputs, the zero-based position of the
/// element at fault (`index`), so that a caller reading a file can name the line and the column.
public struct StatisticsError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What kind of problem this is; compare with the static members, e.g. `.negativeCount`.
    public struct Reason: Sendable, Hashable, CustomStringConvertible {
        private enum Code: Sendable, Hashable {
            case notANumber, negativeCount, numeratorExceedsDenominator, nonPositiveDenominator
            case confidenceOutOfRange, invalidMultiplier, missingAgeBand, duplicatedAgeBand
            case unknownAgeBand, tooFewValues, empty, mismatchedLengths, invalidArgument
        }

        private let code: Code
        private init(_ code: Code) { self.code = code }

        /// A value is missing, not a number or infinite.
        public static let notANumber = Reason(.notANumber)
        /// A count (numerator, deaths, events) is negative.
        public static let negativeCount = Reason(.negativeCount)
        /// A proportion's numerator is larger than its denominator.
        public static let numeratorExceedsDenominator = Reason(.numeratorExceedsDenominator)
        /// A denominator (population, sample size, expected count) is zero or negative.
        public static let nonPositiveDenominator = Reason(.nonPositiveDenominator)
        /// A confidence level is outside [0.9, 1).
        public static let confidenceOutOfRange = Reason(.confidenceOutOfRange)
        /// The multiplier is zero, negative or not finite.
        public static let invalidMultiplier = Reason(.invalidMultiplier)
        /// An age band required by the method or the standard population is absent.
        public static let missingAgeBand = Reason(.missingAgeBand)
        /// The same age band appears twice in one group.
        public static let duplicatedAgeBand = Reason(.duplicatedAgeBand)
        /// An age band is not one the method or the standard population knows.
        public static let unknownAgeBand = Reason(.unknownAgeBand)
        /// There are too few values for the method (e.g. a mean of one value).
        public static let tooFewValues = Reason(.tooFewValues)
        /// The input is empty.
        public static let empty = Reason(.empty)
        /// Lists that must have one element each per item have different lengths.
        public static let mismatchedLengths = Reason(.mismatchedLengths)
        /// Any other argument outside the method's domain.
        public static let invalidArgument = Reason(.invalidArgument)

        /// A short name for the reason.
        public var description: String {
            switch code {
            case .notANumber: return "not a number"
            case .negativeCount: return "negative count"
            case .numeratorExceedsDenominator: return "numerator exceeds denominator"
            case .nonPositiveDenominator: return "zero or negative denominator"
            case .confidenceOutOfRange: return "confidence level out of range"
            case .invalidMultiplier: return "invalid multiplier"
            case .missingAgeBand: return "missing age band"
            case .duplicatedAgeBand: return "duplicated age band"
            case .unknownAgeBand: return "unknown age band"
            case .tooFewValues: return "too few values"
            case .empty: return "empty input"
            case .mismatchedLengths: return "mismatched lengths"
            case .invalidArgument: return "invalid argument"
            }
        }
    }

    /// What kind of problem this is.
    public let reason: Reason
    /// The input concerned, e.g. `"numerator"`, `"denominator"`, `"confidence"`.
    public let field: String
    /// The zero-based position of the element at fault in a list input, if any.
    public let index: Int?
    /// A sentence saying what is wrong, for people.
    public let message: String

    init(_ reason: Reason, field: String, index: Int? = nil, _ message: String) {
        self.reason = reason
        self.field = field
        self.index = index
        self.message = message
    }

    /// The same error attributed to another position (used when a caller's list is split into groups).
    public func at(index: Int?) -> StatisticsError {
        StatisticsError(reason, field: field, index: index, message)
    }

    /// The message, naming the field and position.
    public var description: String {
        if let index { return "\(field) [\(index)]: \(message)" }
        return "\(field): \(message)"
    }
}
