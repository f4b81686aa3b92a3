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

    /// Reads everything the population engine needs.
    public func load() throws -> PopulationData {
        let areas = try readAreas()
        var builder = PopulationBuilder(areas: areas, synthetic: try store.dataset()["synthetic"] == "true")
        let positions = try readPersons(into: &builder)
        // Two connections take the queries, largest first, from a shared queue; each query fills
        // its own rows, merged in query order (the grouped, sorted result does not depend on it).
        let queries = EventQuery.all
        let results = ParallelSlots<Result<[EventRows], any Error>>(count: queries.count)
        let connections = [store, try store.reader()]
        DispatchQueue.concurrentPerform(iterations: connections.count) { worker in
            while let q = results.take() {
                do {
                    var rows = [EventRows](repeating: EventRows(), count: EventKind.allCases.count)
                    try queries[q].read(connections[worker], positions, &rows)
                    results.set(q, .success(rows))
                } catch {
                    results.set(q, .failure(error))
                }
            }
        }
        for result in results.values {
            let rows = try result.get()
            for kind in EventKind.allCases where !rows[kind.rawValue].person.isEmpty {
                builder.rows[kind.rawValue].append(contentsOf: rows[kind.rawValue])
            }
        }
        builder.positions = positions
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
    public func areas() throws -> AreaIndex { try readAreas() }

    private func readAreas() throws -> AreaIndex {
        var parent: [String: String] = [:]
        var names: [String: String] = [:]
        var lsoaRows: [(String, Int)] = []
        var practiceCodes: [String] = []
        for row in try store.query(
            "SELECT area_code, kind, name, parent_code, imd_decile FROM areas ORDER BY area_code", [])
        {
            guard case .text(let code) = row[0], case .text(let kind) = row[1] else { continue }
            if case .text(let name) = row[2] { names[code] = name }
            if case .text(let up) = row[3] { parent[code] = up }
            if kind == "lsoa" {
                if case .int(let decile) = row[4] {
                    lsoaRows.append((code, Int(decile)))
                } else {
                    lsoaRows.append((code, 0))
                }
            } else if kind == "practice" {
                practiceCodes.append(code)
            }
        }
        let lsoas = lsoaRows.map { code, decile in
            let ward = parent[code] ?? ""
            return AreaIndex.LSOA(code: code, decile: decile, ward: ward, lcp: parent[ward] ?? "")
        }
        let practices = practiceCodes.map { code in
            let pcn = parent[code] ?? ""
            return AreaIndex.Practice(code: code, pcn: pcn, lcp: parent[pcn] ?? "")
        }
        return AreaIndex(lsoas: lsoas, practices: practices, names: names)
    }

    private func readPersons(into builder: inout PopulationBuilder) throws -> PersonPositions {
        var capacity = 16
        if case .int(let count) = try store.query("SELECT COUNT(*) FROM persons", []).first?.first {
            capacity = Int(count)
        }
        var positions = PersonPositions(capacity: capacity)
        let areas = builder.areas
        try store.scan(
            """
            SELECT p.person_id, p.birth_date, p.sex, p.ethnic_group, p.lsoa_code, p.practice_code,
                   p.registered_from, p.registered_to, d.death_date, d.cause_group
            FROM persons p LEFT JOIN deaths d ON d.person_id = p.person_id ORDER BY p.person_id
            """, []
        ) { row in
            guard let id = row.int(0), let born = row.ymd(1).flatMap(Self.day), let home = row.text(4),
                let lsoa = areas.lsoa(home)
            else { return }
            let position = Int32(builder.persons.id.count)
            positions.set(id, position)
            builder.persons.id.append(id)
            builder.persons.birth.append(born)
            builder.persons.female.append(row.text(2) == "F")
            builder.persons.ethnic.append(
                PopulationCodes.index(row.text(3), in: PopulationCodes.ethnicGroups) ?? 5)
            builder.persons.lsoa.append(Int32(lsoa))
            builder.persons.practice.append(Int32(row.text(5).flatMap(areas.practice) ?? -1))
            builder.persons.registeredFrom.append(row.ymd(6).flatMap(Self.day) ?? .min)
            builder.persons.registeredTo.append(row.ymd(7).flatMap(Self.day) ?? .max)
            builder.persons.death.append(row.ymd(8).flatMap(Self.day) ?? .max)
            builder.persons.deathCause.append(
                PopulationCodes.index(row.text(9), in: PopulationCodes.causeGroups) ?? 255)
        }
        return positions
    }

    /// A date as yyyymmdd to its day number.
    @inline(__always)
    static func day(_ ymd: Int32) -> Int32? {
        CivilDate(year: Int(ymd / 10_000), month: Int(ymd / 100 % 100), day: Int(ymd % 100))?.day
    }
}
