import PlacePack
import Store
import TestSupport

/// Small synthetic Leeds stores with their indicators computed, for the publication tests.
enum PublicationPlace {
    /// The Leeds pack.
    static var pack: PlacePack { Repository.leeds }

    /// A new synthetic place of `persons` people from `seed`, its indicators computed.
    static func make(persons: Int, seed: UInt64) throws -> SQLiteStore {
        try SyntheticStore.make(persons: persons, seed: seed, computed: true)
    }
}
