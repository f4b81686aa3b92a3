/// An error found while reading or validating a place pack.
///
/// It names the file, the line (from the YAML parser's marks, when known) and the field, so the
/// person maintaining the pack can go straight to the problem. The kind of problem is an opaque
/// value compared against the static members of ``PackError/Kind``.
public struct PackError: Error, CustomStringConvertible, Sendable {
    /// The kind of problem, compared with `==` against the static members (`.duplicateCode`, ...).
    public struct Kind: Equatable, Hashable, Sendable, CustomStringConvertible {
        private enum Code: String, Sendable {
            case fileNotFound = "file not found"
            case invalidYAML = "invalid YAML"
            case missingField = "missing field"
            case wrongType = "wrong type"
            case duplicateCode = "duplicate code"
            case unknownReference = "unknown reference"
            case outOfRange = "value out of range"
            case unknownMetric = "unknown metric"
            case packNotFound = "pack not found"
            case inconsistent = "inconsistent reference"
        }
        private let code: Code
        private init(_ code: Code) { self.code = code }

        /// A file the pack needs is missing or unreadable.
        public static let fileNotFound = Kind(.fileNotFound)
        /// A file is not well-formed YAML.
        public static let invalidYAML = Kind(.invalidYAML)
        /// A required field is absent.
        public static let missingField = Kind(.missingField)
        /// A field has the wrong type (for example text where a number is expected).
        public static let wrongType = Kind(.wrongType)
        /// Two entries share a code (or id) that must be unique.
        public static let duplicateCode = Kind(.duplicateCode)
        /// A field refers to a ward, LCP, PCN, team, outcome or priority that does not exist.
        public static let unknownReference = Kind(.unknownReference)
        /// A number is outside its allowed range (decile outside 1...10, population <= 0, ...).
        public static let outOfRange = Kind(.outOfRange)
        /// A calibration target names a metric the engine does not compute.
        public static let unknownMetric = Kind(.unknownMetric)
        /// Two references disagree (for example a practice's LCP is not its PCN's LCP).
        public static let inconsistent = Kind(.inconsistent)
        /// No pack of that name or path could be found.
        public static let packNotFound = Kind(.packNotFound)

        /// A short description of the kind, such as "duplicate code".
        public var description: String { code.rawValue }
    }

    /// The kind of problem.
    public let kind: Kind
    /// The file, as a path relative to the pack directory where possible (for example `geography.yaml`).
    public let file: String
    /// The 1-based line in `file`, when known.
    public let line: Int?
    /// The field, as a path such as `wards[3].lcp`; empty when the problem is the whole file.
    public let field: String
    /// A plain-English explanation of what is wrong.
    public let message: String

    /// Creates an error; the pack reader uses this, and other modules may reuse it for pack files
    /// they read themselves (for example `synthesis.yaml`).
    public init(_ kind: Kind, file: String, line: Int?, field: String, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: field: message (kind)`, the form editors and CI logs understand.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        let fieldPart = field.isEmpty ? "" : " \(field):"
        return "\(location):\(fieldPart) \(message) (\(kind))"
    }
}
