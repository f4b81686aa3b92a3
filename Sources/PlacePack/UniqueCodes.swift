/// Collects the codes of one kind of entry while reading, rejecting duplicates with the line of
/// the second occurrence, and answers whether a referenced code exists.
struct UniqueCodes {
    let kind: String
    private(set) var lines: [String: Int?] = [:]

    init(kind: String) { self.kind = kind }

    mutating func insert(_ code: String, at node: PackNode) throws {
        if let first = lines[code] {
            let previous = first.map { " (first at line \($0))" } ?? ""
            throw node.fail(.duplicateCode, "duplicate \(kind) code '\(code)'\(previous)")
        }
        lines[code] = node.line
    }

    /// Throws an unknown-reference error at `node` unless `code` was inserted.
    func check(_ code: String, at node: PackNode) throws {
        guard lines[code] != nil else {
            throw node.fail(.unknownReference, "no \(kind) with code '\(code)'")
        }
    }
}
