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

    init(store: any PlaceStore) throws {
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
        try store.scan(
            """
            SELECT p.person_id, p.birth_date, d.death_date, p.lsoa_code, p.practice_code, p.sex, p.ethnic_group
            FROM persons p LEFT JOIN deaths d ON d.person_id = p.person_id
            """, []
        ) { row in
            guard let id = row.int(0), let born = row.text(1), let b = CivilDate(iso: born),
                let home = row.text(3),
                let l = lsoaIndex[home]
            else { return }
            if id >= 0, id < 1 << 26 {
                if Int(id) >= dense.count {
                    dense.append(contentsOf: repeatElement(-1, count: Int(id) + 1 - dense.count))
                }
                dense[Int(id)] = Int32(birth.count)
            } else {
                sparse[id] = Int32(birth.count)
            }
            birth.append(b.day)
            birthYMD.append(Self.ymd(b))
            death.append(row.text(2).flatMap(CivilDate.init(iso:))?.day ?? .max)
            lsoa.append(l)
            practice.append(row.text(4).flatMap { practiceIndex[$0] } ?? -1)
            female.append(row.text(5) == "F")
            let group =
                row.text(6).flatMap { Self.ethnicGroups.firstIndex(of: $0) } ?? Self.ethnicGroups.count - 1
            ethnic.append(UInt8(group))
        }
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
