/// Why a load stopped; nothing of it was stored.
public struct LoadError: Error, CustomStringConvertible, Sendable {
    private enum Code: Sendable {
        case unknownTable
        case notLoadable
        case missingColumns
        case tooManyErrors
        case noGeography
        case unreadable
        case refusedRows
    }

    private let code: Code
    /// The source file concerned.
    public let file: String
    private let detail: String

    private init(_ code: Code, _ file: String, _ detail: String) {
        self.code = code
        self.file = file
        self.detail = detail
    }

    /// No table of the data model has this name.
    public static func unknownTable(_ name: String, file: String) -> LoadError {
        LoadError(.unknownTable, file, name)
    }
    /// The table is filled from the place pack, not from files.
    public static func notLoadable(_ name: String, file: String) -> LoadError {
        LoadError(.notLoadable, file, name)
    }
    /// The header lacks required columns.
    public static func missingColumns(_ names: [String], file: String) -> LoadError {
        LoadError(.missingColumns, file, names.joined(separator: ", "))
    }
    /// More rows were rejected than allowed.
    public static func tooManyErrors(_ count: Int, limit: Int, file: String) -> LoadError {
        LoadError(.tooManyErrors, file, "\(count) rejected rows, more than --max-errors \(limit)")
    }
    /// The store has no areas: persons cannot be placed.
    public static func noGeography(file: String) -> LoadError { LoadError(.noGeography, file, "") }
    /// The file cannot be read.
    public static func unreadable(_ file: String, _ detail: String) -> LoadError {
        LoadError(.unreadable, file, detail)
    }

    /// Rows that cannot be stored (each `file:line: field: reason`): the whole file is refused.
    public static func refusedRows(_ problems: [String], total: Int, file: String) -> LoadError {
        let more = total > problems.count ? "; and \(total - problems.count) more" : ""
        return LoadError(
            .refusedRows, file, "\(total) rows refused: " + problems.joined(separator: "; ") + more)
    }

    /// A message that names the file and what is wrong.
    public var description: String {
        switch code {
        case .unknownTable: return "\(file): no table named '\(detail)' (see docs/data-model.md)"
        case .notLoadable:
            return "\(file): table '\(detail)' comes from the place pack (placehealth init --pack)"
        case .missingColumns: return "\(file):1: the header lacks required column(s): \(detail)"
        case .tooManyErrors: return "\(file): load abandoned, nothing stored: \(detail)"
        case .noGeography:
            return "\(file): the store has no geography yet; run `placehealth init --pack NAME` first"
        case .unreadable: return "\(file): \(detail)"
        case .refusedRows: return "\(file): nothing stored: \(detail)"
        }
    }
}
