import PlaceModel

extension PlaceStore {
    /// Whether a bulk load left secondary indexes to be rebuilt.
    public func hasPendingIndexes() throws -> Bool { try dataset()["indexes_pending"] == "true" }

    /// Creates every secondary index that a bulk load dropped (sorted builds, one transaction).
    /// `placehealth compute` calls it before computing; it does nothing when none is pending.
    public func buildPendingIndexes() throws {
        guard try hasPendingIndexes() else { return }
        try transaction { writer in
            for table in PlaceSchema.tables { try writer.createIndexes(table) }
            try writer.setDataset("indexes_pending", "false")
        }
    }
}
