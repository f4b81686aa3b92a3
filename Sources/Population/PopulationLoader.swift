import PlaceColumns
import Statistics
import Foundation
import PlaceModel
import Store

/// Reads a store into a ``PopulationData`` (the only I/O of segmentation, frailty, risk and
/// cohorts): areas, persons and their records, on two connections at once.
public struct PopulationLoader: Sendable {
    /// The store read.
    public let store: any PlaceStore

    /// A loader for `store`.
    public init(store: any PlaceStore) { self.store = store }

    /// Reads everything the population engine needs, from the store's shared columnar model
    /// (opened from its snapshot, or read from the store when there is no current one).
    public func load() throws -> PopulationData {
        try load(PlaceColumns.open(store, readers: [try store.reader()]))
    }

    /// Takes everything the population engine needs from `columns`, the store's columnar model.
    public func load(_ columns: PlaceColumns) throws -> PopulationData {
        let areas = columns.areas
        var builder = PopulationBuilder(areas: areas, synthetic: try store.dataset()["synthetic"] == "true")
        builder.persons = Self.persons(columns, areas)
        // Each table's rows on its own thread, merged in reading order (the grouped, sorted result
        // does not depend on it).
        let readings = EventReading.all
        let parts = ParallelSlots<[EventRows]>(count: readings.count)
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            while let k = parts.take() {
                var rows = [EventRows](repeating: EventRows(), count: EventKind.allCases.count)
                readings[k].read(columns.table(readings[k].table), &rows)
                parts.set(k, rows)
            }
        }
        for rows in parts.values {
            for kind in EventKind.allCases where !rows[kind.rawValue].person.isEmpty {
                builder.rows[kind.rawValue].append(contentsOf: rows[kind.rawValue])
            }
        }
        builder.positions = columns.positions
        return builder.build()
    }

    /// 1 January of the store's last study year (its `study_years` fact), if it has one: the date
    /// population figures are counted on unless another is asked for.
    public func lastStudyYearStart() throws -> CivilDate? {
        guard let years = try store.dataset()["study_years"], let last = years.split(separator: "-").last,
            let year = Int(last)
        else { return nil }
        return CivilDate(year: year, month: 1, day: 1)
    }

    /// The place's areas (LSOAs with their ward, LCP and decile; practices with their PCN and LCP).
    public func areas() throws -> AreaIndex { try PlaceColumns.open(store).areas }

    /// The person columns, every person of the model in order of identifier.
    private static func persons(_ columns: PlaceColumns, _ areas: AreaIndex) -> PersonRows {
        let table = columns.persons
        var rows = PersonRows()
        rows.id = Array(columns.personIDs.buffer)
        rows.birth = table.days("birth_date", empty: .max)
        rows.female = table.mapped("sex", empty: false) { $0 == "F" }
        rows.ethnic = table.mapped("ethnic_group", empty: 5) {
            PopulationCodes.index($0, in: PopulationCodes.ethnicGroups)
        }
        rows.lsoa = table.mapped("lsoa_code", empty: -1) { areas.lsoa($0).map(Int32.init) }
        rows.practice = table.mapped("practice_code", empty: -1) { areas.practice($0).map(Int32.init) }
        rows.registeredFrom = table.days("registered_from", empty: .min)
        rows.registeredTo = table.days("registered_to", empty: .max)
        let deaths = columns.table("deaths")
        rows.death = columns.perPerson(deaths, deaths.days("death_date", empty: .max), empty: .max)
        let causes = deaths.mapped("cause_group", empty: UInt8(255)) {
            PopulationCodes.index($0, in: PopulationCodes.causeGroups)
        }
        rows.deathCause = columns.perPerson(deaths, causes, empty: 255)
        return rows
    }

    /// A date as yyyymmdd to its day number.
    @inline(__always)
    static func day(_ ymd: Int32) -> Int32? {
        CivilDate(year: Int(ymd / 10_000), month: Int(ymd / 100 % 100), day: Int(ymd % 100))?.day
    }
}
