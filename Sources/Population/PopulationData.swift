import PlaceColumns
import PlaceModel

/// Everything the population engine needs about every person, held in memory in compact columns:
/// who they are, where they live and are registered, and their dated records by kind.
///
/// It is built from a store by ``PopulationLoader`` or by hand with ``PopulationBuilder``; every
/// computation on it (segments, frailty, risk, cohorts) is pure.
public struct PopulationData: Sendable {
    /// The areas persons live in and are registered with.
    public let areas: AreaIndex
    /// Pseudonymous person identifiers, by position.
    public let id: [Int64]
    /// Birth dates (day numbers).
    public let birth: [Int32]
    /// Death dates (day numbers), `Int32.max` if alive.
    public let death: [Int32]
    /// Underlying cause of death (position in ``PopulationCodes/causeGroups``), 255 if alive.
    public let deathCause: [UInt8]
    /// Whether female.
    public let female: [Bool]
    /// Ethnic group (position in ``PopulationCodes/ethnicGroups``).
    public let ethnic: [UInt8]
    /// Home LSOA (index into ``AreaIndex/lsoas``).
    public let lsoa: [Int32]
    /// Registered practice (index into ``AreaIndex/practices``), -1 if none.
    public let practice: [Int32]
    /// Start of registration (day number), `Int32.min` if unknown.
    public let registeredFrom: [Int32]
    /// End of registration (day number), `Int32.max` if current.
    public let registeredTo: [Int32]
    /// Records by kind (indexed by ``EventKind/rawValue``).
    public let events: [EventTable]
    /// Whether the data are synthetic.
    public let synthetic: Bool
    private let positions: PersonPositions

    init(
        areas: AreaIndex, persons: PersonRows, events: [EventRows], positions: PersonPositions,
        synthetic: Bool
    ) {
        self.areas = areas
        id = persons.id
        birth = persons.birth
        death = persons.death
        deathCause = persons.deathCause
        female = persons.female
        ethnic = persons.ethnic
        lsoa = persons.lsoa
        practice = persons.practice
        registeredFrom = persons.registeredFrom
        registeredTo = persons.registeredTo
        self.synthetic = synthetic
        self.events = inParallel(count: events.count, chunkSize: 1) { kinds in
            EventTable(persons: persons.id.count, rows: events[kinds.lowerBound])
        }
        self.positions = positions
    }

    /// Number of persons.
    public var count: Int { id.count }

    /// The records of one kind.
    @inline(__always)
    public func events(_ kind: EventKind) -> EventTable { events[kind.rawValue] }

    /// The position of the person with this identifier, if held.
    public func position(of personID: Int64) -> Int? { positions.get(personID).map(Int.init) }

    /// Whether person `i` is in the population on `day`: born, alive and registered (or, with no
    /// registration dates, resident).
    @inline(__always)
    public func isPresent(_ i: Int, on day: Int32) -> Bool {
        Residency.present(
            birth: birth[i], death: death[i], from: registeredFrom[i], to: registeredTo[i], on: day)
    }

    /// Age in completed years of person `i` on `day`.
    @inline(__always)
    public func age(_ i: Int, on day: Int32) -> Int {
        CivilDate(day: birth[i]).age(on: CivilDate(day: day))
    }

    /// The LCP person `i` belongs to: their practice's, or their home's if not registered.
    public func lcp(_ i: Int) -> String {
        let p = Int(practice[i])
        return p >= 0 ? areas.practices[p].lcp : areas.lsoas[Int(lsoa[i])].lcp
    }

    /// The IMD decile of person `i`'s home (0 if unknown).
    @inline(__always)
    public func decile(_ i: Int) -> Int { areas.lsoas[Int(lsoa[i])].decile }
}

/// Person columns before they are fixed in a ``PopulationData``.
struct PersonRows: Sendable {
    var id: [Int64] = []
    var birth: [Int32] = []
    var death: [Int32] = []
    var deathCause: [UInt8] = []
    var female: [Bool] = []
    var ethnic: [UInt8] = []
    var lsoa: [Int32] = []
    var practice: [Int32] = []
    var registeredFrom: [Int32] = []
    var registeredTo: [Int32] = []
}
