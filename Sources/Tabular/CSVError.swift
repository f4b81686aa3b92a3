/// A problem reading or writing a CSV file, naming the file and the line.
public struct CSVError: Error, CustomStringConvertible, Sendable {
    private enum Code: Sendable {
        case unreadable
        case empty
        case unterminatedQuote
        case textAfterQuote
        case unwritable
    }

    private let code: Code
    /// The file's name (or the name given to in-memory input).
    public let file: String
    /// The 1-based physical line where the problem starts; 0 when it concerns the whole file.
    public let line: Int
    /// For a quote never closed: how many line breaks it swallowed before the end of the file.
    public let swallowedLines: Int

    private init(_ code: Code, file: String, line: Int, swallowedLines: Int = 0) {
        self.code = code
        self.file = file
        self.line = line
        self.swallowedLines = swallowedLines
    }

    /// The file cannot be opened or read.
    public static func unreadable(_ file: String) -> CSVError { CSVError(.unreadable, file: file, line: 0) }
    /// The file has no header line.
    public static func empty(_ file: String) -> CSVError { CSVError(.empty, file: file, line: 0) }
    /// A quoted field is still open at the end of the file, having swallowed `swallowedLines` line
    /// breaks: with none, the last record is truncated; with some, a stray quote ate the rest of the file.
    public static func unterminatedQuote(_ file: String, line: Int, swallowedLines: Int = 0) -> CSVError {
        CSVError(.unterminatedQuote, file: file, line: line, swallowedLines: swallowedLines)
    }
    /// Characters follow a closing quote before the next comma or line end.
    public static func textAfterQuote(_ file: String, line: Int) -> CSVError {
        CSVError(.textAfterQuote, file: file, line: line)
    }
    /// The output cannot be written.
    public static func unwritable(_ file: String) -> CSVError { CSVError(.unwritable, file: file, line: 0) }

    /// Whether the record concerned is the truncated last record of the file (a quote left open on
    /// the last line only). A quote that swallowed further lines is not: the file is malformed.
    public var isTruncation: Bool { code == .unterminatedQuote && swallowedLines == 0 }

    /// A message naming the file, the line and what is wrong.
    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        switch code {
        case .unreadable: return "\(place): cannot open or read the file"
        case .empty: return "\(place): the file is empty (a header line is required)"
        case .unterminatedQuote where swallowedLines > 0:
            return
                "\(place): a quote opened here is never closed: it runs to the end of the file, swallowing lines \(line) to \(line + swallowedLines)"
        case .unterminatedQuote:
            return "\(place): a quoted field is not closed before the end of the file (truncated last line?)"
        case .textAfterQuote: return "\(place): unexpected text after a closing quote"
        case .unwritable: return "\(place): cannot write the file"
        }
    }
}
