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
        birth = persons.days("birth_date", empty: .max)
        birthYMD = birth.map { DayNumbers.ymd($0) }
        registeredFrom = persons.days("registered_from", empty: .min)
        registeredTo = persons.days("registered_to", empty: .max)
        lsoa = persons.mapped("lsoa_code", empty: -1) { areas.lsoa($0).map(Int16.init) }
        practice = persons.mapped("practice_code", empty: -1) { areas.practice($0).map(Int16.init) }
        female = persons.mapped("sex", empty: false) { $0 == "F" }
        ethnic = persons.mapped("ethnic_group", empty: UInt8(Self.ethnicGroups.count - 1)) {
            Self.ethnicGroups.firstIndex(of: $0).map(UInt8.init)
        }
        let deaths = columns.table("deaths")
        death = columns.perPerson(deaths, deaths.days("death_date", empty: .max), empty: .max)
    }

    /// Whether person `i` is a resident on `day`: born, not dead, and within their registration
    /// here (from `registered_from` to `registered_to`, both included), as movers are counted.
    func present(_ i: Int, on day: Int32) -> Bool {
        Residency.present(
            birth: birth[i], death: death[i], from: registeredFrom[i], to: registeredTo[i], on: day)
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

    /// A person-level column that selections can filter on.
    enum Attribute {
        case sex, ethnicGroup, none

        /// The attribute of `column`; `none` for a column persons do not have.
        init(_ column: String) {
            switch column {
            case "sex": self = .sex
            case "ethnic_group": self = .ethnicGroup
            default: self = .none
            }
        }

        /// The values the attribute takes, in the order of ``PersonIndex/attributeCode(_:_:)``.
        var values: [String?] {
            switch self {
            case .sex: return ["M", "F"]
            case .ethnicGroup: return PersonIndex.ethnicGroups
            case .none: return [nil]
            }
        }
    }

    /// Person `i`'s value of `attribute`, as its index in the attribute's values.
    @inline(__always)
    func attributeCode(_ i: Int, _ attribute: Attribute) -> Int {
        switch attribute {
        case .sex: return female[i] ? 1 : 0
        case .ethnicGroup: return Int(ethnic[i])
        case .none: return 0
        }
    }
}
