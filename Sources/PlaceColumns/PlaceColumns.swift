import PlaceModel

/// The shared model of the place: every table of the data model as integer-coded columns (dates
/// as day numbers, codes and text as small integers with their dictionary, persons as positions
/// into one person table), built once from the store and used by indicators, population health
/// management and scenarios alike.
///
/// ``open(_:readers:snapshot:)`` maps it from a snapshot file beside the store when the snapshot
/// was made from the store's current content (``Store/PlaceStore/contentVersion()``), else reads
/// the store and writes a new snapshot. The snapshot is derived data: deleting it loses nothing.
public struct PlaceColumns: Sendable {
    /// The store content version the columns were built from.
    public let contentVersion: String
    /// Every table, by name.
    public let tables: [String: TableColumns]
    /// The persons table: row `i` is the person at position `i`, in order of identifier.
    public let persons: TableColumns
    /// Each person's identifier, by position.
    public let personIDs: ColumnBuffer<Int64>
    /// How these columns were obtained (for the phases a command reports).
    public let origin: Origin
    /// Each person's position by identifier.
    public let positions: PersonPositions

    /// How the columns were obtained.
    public enum Origin: Sendable, Equatable {
        /// Mapped from a current snapshot file.
        case snapshot(path: String)
        /// Read from the store (and written to a snapshot at `path` when one could be written);
        /// `reason` says why a snapshot was not used.
        case store(path: String?, reason: String)
    }

    init(
        contentVersion: String, tables: [String: TableColumns], origin: Origin,
        positions: PersonPositions? = nil
    ) {
        self.contentVersion = contentVersion
        self.tables = tables
        self.origin = origin
        let persons =
            tables["persons"] ?? TableColumns(name: "persons", count: 0, columns: [:])
        self.persons = persons
        if case .int64(let ids) = persons["person_id"] { personIDs = ids } else { personIDs = ColumnBuffer() }
        self.positions = positions ?? Self.positions(persons)
    }

    /// The positions of the persons of a persons table, by identifier.
    static func positions(_ persons: TableColumns?) -> PersonPositions {
        guard case .int64(let ids) = persons?["person_id"] else { return PersonPositions() }
        return PersonPositions(ids: ids.buffer, capacity: ids.count)
    }

    /// The table `name`; an empty table when the store has none of its rows.
    public func table(_ name: String) -> TableColumns {
        tables[name] ?? TableColumns(name: name, count: 0, columns: [:])
    }

    /// The position of the person with identifier `id`, if stored.
    @inline(__always)
    public func position(of id: Int64) -> Int? { positions.get(id).map(Int.init) }

    /// Number of persons.
    public var personCount: Int { personIDs.count }
}
