import Store

/// The stored areas results are published for: the city, wards, LCPs, PCNs and practices.
public struct AreaDirectory {
    /// One area.
    public struct Area: Sendable, Equatable {
        /// Its code.
        public let code: String
        /// Its name.
        public let name: String
        /// Its kind, which is also its breakdown: city, ward, lcp, pcn or practice.
        public let kind: String
        /// The code of the area it lies in (a ward's LCP, a practice's PCN), if any.
        public let parent: String?

        /// An area.
        public init(code: String, name: String, kind: String, parent: String?) {
            self.code = code
            self.name = name
            self.kind = kind
            self.parent = parent
        }
    }

    /// The kinds of area results are published for.
    public static let kinds = ["city", "ward", "lcp", "pcn", "practice"]

    let store: any PlaceStore

    /// A directory over the areas in `store`.
    public init(store: any PlaceStore) { self.store = store }

    /// The areas of `kind` (all published kinds when nil), by kind then name.
    public func areas(kind: String? = nil) throws -> [Area] {
        var out: [Area] = []
        try store.scan("SELECT area_code, name, kind, parent_code FROM areas ORDER BY kind, name", []) {
            row in
            guard let code = row.text(0), let kind2 = row.text(2), Self.kinds.contains(kind2),
                kind == nil || kind == kind2
            else { return }
            out.append(Area(code: code, name: row.text(1) ?? code, kind: kind2, parent: row.text(3)))
        }
        return out
    }

    /// The area with `code`, or the city when nil.
    ///
    /// - Throws: ``EngineError/unknownArea(_:)`` when there is none of a published kind.
    public func area(_ code: String?) throws -> Area {
        let found = try areas(kind: code == nil ? "city" : nil).first { code == nil || $0.code == code }
        guard let found else { throw EngineError.unknownArea(code ?? "city") }
        return found
    }
}
