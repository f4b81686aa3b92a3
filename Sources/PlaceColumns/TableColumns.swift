import PlaceModel

/// One stored table as integer-coded columns (every column of the data model but record
/// identifiers), its rows in the store's order.
public struct TableColumns: Sendable {
    /// The table's name in the data model.
    public let name: String
    /// Number of rows.
    public let count: Int
    /// Columns by name.
    public let columns: [String: ColumnValues]
    /// Each row's person (position in ``PlaceColumns/persons``; -1 when none): `person_id`, or for
    /// births the mother, else the child.
    public let person: ColumnBuffer<Int32>

    /// A table of `count` rows with these columns.
    public init(name: String, count: Int, columns: [String: ColumnValues]) {
        self.name = name
        self.count = count
        self.columns = columns
        person =
            name == "persons"
            ? ColumnBuffer(Array(0..<Int32(count))) : Self.personColumn(columns, count: count)
    }

    /// The column `name`; nil if the table has none (or it is a record identifier, not held).
    public subscript(name: String) -> ColumnValues? { columns[name] }

    /// The positions of the row's person: the first person reference among `person_id`,
    /// `mother_person_id` and `child_person_id` that is set.
    private static func personColumn(_ columns: [String: ColumnValues], count: Int) -> ColumnBuffer<Int32> {
        let references = ["person_id", "mother_person_id", "child_person_id"].compactMap {
            name -> ColumnBuffer<Int32>? in
            if case .persons(let v) = columns[name] { return v } else { return nil }
        }
        if references.count == 1 { return references[0] }
        guard !references.isEmpty else { return ColumnBuffer(Array(repeating: -1, count: count)) }
        return ColumnBuffer(
            (0..<count).map { row in references.lazy.map { $0[row] }.first { $0 >= 0 } ?? -1 })
    }

    /// The columns of `schema` that are held: all but a table's own record identifier.
    public static func heldColumns(_ schema: TableSchema) -> [Column] {
        schema.columns.filter { column in
            !(schema.key == [column.name] && schema.name != "persons" && column.references == nil
                && { if case .integer = column.type { true } else { false } }())
        }
    }
}
