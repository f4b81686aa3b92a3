/// The table of contents at the end of a snapshot file: every table, and where each of its
/// columns' values lie in the file.
struct SnapshotDirectory: Codable, Sendable {
    /// How a column's values are held (``ColumnValues``).
    enum Kind: String, Codable, Sendable {
        case days, int32, int64, reals, codes, persons

        /// Bytes per value.
        var width: Int {
            switch self {
            case .days, .int32, .codes, .persons: return 4
            case .int64, .reals: return 8
            }
        }
    }

    /// One column's section.
    struct Column: Codable, Sendable {
        var name: String
        var kind: Kind
        /// Byte offset of the first value from the start of the file.
        var offset: Int
        /// Number of values.
        var count: Int
        /// For codes and text: the values the codes stand for.
        var dictionary: [String]?
    }

    /// One table.
    struct Table: Codable, Sendable {
        var name: String
        var count: Int
        var columns: [Column]
    }

    var tables: [Table] = []
}
