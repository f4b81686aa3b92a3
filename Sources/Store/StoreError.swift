/// A store failure. `description` stays generic; details (never person-level values) are in
/// `debugDescription`.
public struct StoreError: Error, CustomStringConvertible, CustomDebugStringConvertible, Sendable {
    private enum Code: Sendable {
        case cannotOpen
        case notAPlaceStore
        case writeFailed
        case queryFailed
        case notSynthetic
    }

    private let code: Code
    private let detail: String
    /// The store's location.
    public let location: String

    private init(_ code: Code, _ location: String, _ detail: String) {
        self.code = code
        self.location = location
        self.detail = detail
    }

    /// The store cannot be opened or created.
    public static func cannotOpen(_ location: String, _ detail: String) -> StoreError {
        StoreError(.cannotOpen, location, detail)
    }
    /// The file is not a PlaceHealth store, or is from a newer version.
    public static func notAPlaceStore(_ location: String, _ detail: String) -> StoreError {
        StoreError(.notAPlaceStore, location, detail)
    }
    /// A write failed; the transaction was rolled back.
    public static func writeFailed(_ location: String, _ detail: String) -> StoreError {
        StoreError(.writeFailed, location, detail)
    }
    /// The file is not a synthetic store, so the synthesis will not replace it.
    public static func notSynthetic(_ location: String) -> StoreError {
        StoreError(.notSynthetic, location, "its dataset is not marked synthetic")
    }

    /// A read query failed.
    public static func queryFailed(_ location: String, _ detail: String) -> StoreError {
        StoreError(.queryFailed, location, detail)
    }

    /// A short message that names the store and what failed.
    public var description: String {
        switch code {
        case .cannotOpen: return "\(location): cannot open or create the store"
        case .notAPlaceStore: return "\(location): not a PlaceHealth store (or made by a newer version)"
        case .notSynthetic:
            return
                "\(location): not a synthetic store, so it is not replaced (it may hold real data and the audit log); choose another --out, or remove it yourself"
        case .writeFailed: return "\(location): the write failed and was rolled back; nothing was changed"
        case .queryFailed: return "\(location): a query on the store failed"
        }
    }

    /// The message with the underlying database error.
    public var debugDescription: String { "\(description) [\(detail)]" }
}
