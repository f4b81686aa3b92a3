import PlaceColumns
import PlaceModel

/// The persons and areas of the place in the compact arrays the indicator engine groups counts by,
/// taken from the shared columnar model.
struct PersonIndex {
    /// The shared model the persons come from (its other tables are what selections count).
    let columns: PlaceColumns
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

    /// Indexes the persons and areas of `columns`; `cityCode` names the whole place.
    init(columns: PlaceColumns, cityCode: String) {
        self.columns = columns
        self.cityCode = cityCode
        let areas = columns.areas
        lsoaCodes = areas.lsoas.map(\.code)
        lsoaWard = areas.lsoas.map(\.ward)
        lsoaLCP = areas.lsoas.map(\.lcp)
        lsoaDecile = areas.lsoas.map(\.decile)
        practiceCodes = areas.practices.map(\.code)
        practicePCN = areas.practices.map(\.pcn)
        let persons = columns.persons
        let n = persons.count
        func days(_ name: String, empty: Int32) -> [Int32] {
            guard case .days(let v) = persons[name] else { return Array(repeating: empty, count: n) }
            return v.map { $0 == Int32.min ? empty : $0 }
        }
        func coded(_ name: String, _ position: (String) -> Int?) -> [Int] {
            guard case .codes(let v, let dictionary) = persons[name] else {
                return Array(repeating: -1, count: n)
            }
            let map = [-1] + dictionary.map { position($0) ?? -1 }
            return v.map { map[Int($0)] }
        }
        birth = days("birth_date", empty: .max)
        birthYMD = birth.map { DayNumbers.ymd($0) }
        registeredFrom = days("registered_from", empty: .min)
        registeredTo = days("registered_to", empty: .max)
        lsoa = coded("lsoa_code", areas.lsoa).map { Int16(truncatingIfNeeded: $0) }
        practice = coded("practice_code", areas.practice).map { Int16(truncatingIfNeeded: $0) }
        female = coded("sex", { $0 == "F" ? 1 : 0 }).map { $0 == 1 }
        ethnic = coded("ethnic_group", { Self.ethnicGroups.firstIndex(of: $0) }).map {
            UInt8($0 < 0 ? Self.ethnicGroups.count - 1 : $0)
        }
        death = Array(repeating: .max, count: n)
        let deaths = columns.table("deaths")
        if case .days(let dates) = deaths["death_date"] {
            for row in 0..<deaths.count where deaths.person[row] >= 0 && dates[row] != Int32.min {
                death[Int(deaths.person[row])] = dates[row]
            }
        }
    }

    /// Whether person `i` is a resident on `day`: born, not dead, and within their registration
    /// here (from `registered_from` to `registered_to`, both included), as movers are counted.
    func present(_ i: Int, on day: Int32) -> Bool {
        birth[i] <= day && death[i] > day && registeredFrom[i] <= day && registeredTo[i] >= day
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
