import Statistics
import Foundation
import PlaceModel
import Store

/// The stored persons and areas in compact arrays, for grouping counts by area and person attributes.
struct PersonIndex {
    /// Position of each stored person identifier: by identifier while identifiers are small, else hashed.
    private var dense: [Int32] = []
    private var sparse: [Int64: Int32] = [:]
    var birth: [Int32] = []
    /// Birth dates as yyyymmdd, for fast ages.
    var birthYMD: [Int32] = []
    var death: [Int32] = []  // Int32.max when alive at the end
    /// First and last day registered here (`registered_from`, `registered_to`; open when empty).
    var registeredFrom: [Int32] = []
    var registeredTo: [Int32] = []
    var lsoa: [Int16] = []
    var practice: [Int16] = []
    var female: [Bool] = []
    var ethnic: [UInt8] = []
    /// Area lookups by dense LSOA / practice index.
    var lsoaCodes: [String] = []
    var lsoaWard: [String] = []
    var lsoaLCP: [String] = []
    var lsoaDecile: [Int] = []
    var practiceCodes: [String] = []
    var practicePCN: [String] = []
    var cityCode = ""

    static let ethnicGroups = PlaceSchema.ethnicGroups

    /// Indexes the persons and areas of `store`, reading on `readers` too when given (other connections).
    init(store: any PlaceStore, readers: [any PlaceStore] = []) throws {
        cityCode = try store.dataset()["city_code"] ?? "city"
        var parent: [String: String] = [:]
        var lsoaIndex: [String: Int16] = [:]
        var practiceIndex: [String: Int16] = [:]
        let areas = try store.query(
            "SELECT area_code, kind, parent_code, imd_decile FROM areas ORDER BY area_code", [])
        for row in areas {
            guard case .text(let code) = row[0], case .text(let kind) = row[1] else { continue }
            if case .text(let up) = row[2] { parent[code] = up }
            if kind == "lsoa" {
                lsoaIndex[code] = Int16(lsoaCodes.count)
                lsoaCodes.append(code)
                if case .int(let decile) = row[3] {
                    lsoaDecile.append(Int(decile))
                } else {
                    lsoaDecile.append(0)
                }
            } else if kind == "practice" {
                practiceIndex[code] = Int16(practiceCodes.count)
                practiceCodes.append(code)
            }
        }
        lsoaWard = lsoaCodes.map { parent[$0] ?? "" }
        lsoaLCP = lsoaWard.map { parent[$0] ?? "" }
        practicePCN = practiceCodes.map { parent[$0] ?? "" }
        // Persons in two halves of their identifiers, read at the same time on two connections.
        let bounds = try store.query("SELECT MIN(person_id), MAX(person_id) FROM persons", [])
        let low = bounds.first?[0].number.map { Int64($0) } ?? 0
        let high = bounds.first?[1].number.map { Int64($0) } ?? -1
        let middle = low + (high - low) / 2
        if low >= 0, high < 1 << 26 { dense = Array(repeating: -1, count: Int(high) + 1) }
        let ranges = [low...middle, (middle + 1)...max(high, middle + 1)]
        let stores = [store] + Array(readers.prefix(1))
        let chunks = ParallelSlots<Chunk>(count: 2)
        let failure = ParallelSlots<any Error>(count: 1)
        let (lsoas, practices) = (lsoaIndex, practiceIndex)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            do {
                chunks.set(k, try Self.read(stores[min(k, stores.count - 1)], ranges[k], lsoas, practices))
            } catch {
                failure.set(0, error)
            }
        }
        if let error = failure.values.first { throw error }
        for chunk in chunks.values {
            for (k, id) in chunk.ids.enumerated() {
                let position = Int32(birth.count + k)
                if id >= 0, id < 1 << 26 {
                    if Int(id) >= dense.count {
                        dense.append(contentsOf: repeatElement(-1, count: Int(id) + 1 - dense.count))
                    }
                    dense[Int(id)] = position
                } else {
                    sparse[id] = position
                }
            }
            birth += chunk.birth
            birthYMD += chunk.birthYMD
            death += chunk.death
            registeredFrom += chunk.registeredFrom
            registeredTo += chunk.registeredTo
            lsoa += chunk.lsoa
            practice += chunk.practice
            female += chunk.female
            ethnic += chunk.ethnic
        }
        // Deaths are few next to persons: read on their own and placed by identifier.
        try store.scan("SELECT person_id, death_date FROM deaths", []) { row in
            guard let id = row.int(0), let i = position(id), let ymd = row.ymd(1),
                let day = Self.date(ymd: ymd)?.day
            else { return }
            death[Int(i)] = day
        }
    }

    /// The persons with identifiers in `range`.
    struct Chunk {
        var ids: [Int64] = []
        var birth: [Int32] = []
        var birthYMD: [Int32] = []
        var death: [Int32] = []
        var registeredFrom: [Int32] = []
        var registeredTo: [Int32] = []
        var lsoa: [Int16] = []
        var practice: [Int16] = []
        var female: [Bool] = []
        var ethnic: [UInt8] = []
    }

    static func read(
        _ store: any PlaceStore, _ range: ClosedRange<Int64>, _ lsoaIndex: [String: Int16],
        _ practiceIndex: [String: Int16]
    ) throws -> Chunk {
        var c = Chunk()
        try store.scan(
            """
            SELECT person_id, birth_date, NULL, lsoa_code, practice_code, sex, ethnic_group,
                registered_from, registered_to
            FROM persons WHERE person_id BETWEEN ? AND ? ORDER BY person_id
            """, [.int(range.lowerBound), .int(range.upperBound)]
        ) { row in
            guard let id = row.int(0), let bornYMD = row.ymd(1), let b = date(ymd: bornYMD),
                let home = row.text(3), let l = lsoaIndex[home]
            else { return }
            c.ids.append(id)
            c.birth.append(b.day)
            c.birthYMD.append(bornYMD)
            c.death.append(row.ymd(2).flatMap(date(ymd:))?.day ?? .max)
            c.registeredFrom.append(row.ymd(7).flatMap(date(ymd:))?.day ?? .min)
            c.registeredTo.append(row.ymd(8).flatMap(date(ymd:))?.day ?? .max)
            c.lsoa.append(l)
            c.practice.append(row.text(4).flatMap { practiceIndex[$0] } ?? -1)
            c.female.append(row.text(5) == "F")
            let group = row.text(6).flatMap { ethnicGroups.firstIndex(of: $0) } ?? ethnicGroups.count - 1
            c.ethnic.append(UInt8(group))
        }
        return c
    }

    /// Whether person `i` is a resident on `day`: born, not dead, and within their registration
    /// here (from `registered_from` to `registered_to`, both included), as movers are counted.
    func present(_ i: Int, on day: Int32) -> Bool {
        birth[i] <= day && death[i] > day && registeredFrom[i] <= day && registeredTo[i] >= day
    }

    /// The position of the person with identifier `id`, if stored.
    func position(_ id: Int64) -> Int32? {
        if id >= 0, id < dense.count {
            let p = dense[Int(id)]
            return p >= 0 ? p : nil
        }
        return sparse[id]
    }

    /// A date as yyyymmdd.
    static func ymd(_ date: CivilDate) -> Int32 {
        let (y, m, d) = date.components
        return Int32(y * 10_000 + m * 100 + d)
    }

    /// The date of a yyyymmdd number, if valid.
    static func date(ymd: Int32) -> CivilDate? {
        CivilDate(year: Int(ymd / 10_000), month: Int(ymd / 100 % 100), day: Int(ymd % 100))
    }

    /// Age in completed years of person `i` on the date `ymd` (yyyymmdd).
    func age(_ i: Int, onYMD ymd: Int32) -> Int { Int((ymd - birthYMD[i]) / 10_000) }

    /// The person's value of a person-level column (`sex`, `ethnic_group`), as text.
    func attribute(_ i: Int, _ column: String) -> String? {
        switch column {
        case "sex": return female[i] ? "F" : "M"
        case "ethnic_group": return Self.ethnicGroups[Int(ethnic[i])]
        default: return nil
        }
    }
}
