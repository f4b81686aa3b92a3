/// A code column whose allowed codes depend on another column of the row: an observation's
/// `value_code` is `current`, `ex` or `never` when its `kind` is `smoking`, and so on. A kind not
/// listed allows no code (the column must be empty).
public struct CodeListByKind: Hashable, Sendable {
    /// The coded column.
    public let column: String
    /// The column whose value chooses the list.
    public let kind: String
    /// The codes allowed for each value of `kind`.
    public let codes: [String: [String]]

    /// A rule that `column`'s value is one of `codes[row's kind]`.
    public init(_ column: String, by kind: String, _ codes: [String: [String]]) {
        self.column = column
        self.kind = kind
        self.codes = codes
    }
}
