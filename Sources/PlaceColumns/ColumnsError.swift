/// Why the columnar model of a place could not be built or its snapshot kept. The description is
/// generic; the details (paths, system messages) are in ``debugDescription``.
public struct ColumnsError: Error, CustomStringConvertible, CustomDebugStringConvertible {
    private enum Code {
        case cannotWrite(String, String)
        case unreadable(String, String)
    }

    private let code: Code

    /// The snapshot could not be written at `path`.
    static func cannotWrite(_ path: String, _ reason: String) -> ColumnsError {
        ColumnsError(code: .cannotWrite(path, reason))
    }

    /// The store could not be read into columns.
    static func unreadable(_ location: String, _ reason: String) -> ColumnsError {
        ColumnsError(code: .unreadable(location, reason))
    }

    /// What went wrong, in general terms.
    public var description: String {
        switch code {
        case .cannotWrite: return "the columnar snapshot could not be written"
        case .unreadable: return "the store could not be read into columns"
        }
    }

    /// What went wrong, with the path and the reason.
    public var debugDescription: String {
        switch code {
        case .cannotWrite(let path, let reason):
            return "cannot write the columnar snapshot \(path): \(reason)"
        case .unreadable(let location, let reason): return "cannot read \(location) into columns: \(reason)"
        }
    }
}
