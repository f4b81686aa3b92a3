import PlaceColumns
import PlaceModel

/// What the projection needs of each person of the shared model: birth, death and registration
/// days, sex and the LCP of their home, in flat arrays.
struct ProjectionPeople {
    let birthYMD: [Int32]
    let birth: [Int32]
    /// Day of death, `Int32.max` when alive at the end.
    let death: [Int32]
    let registeredFrom: [Int32]
    let registeredTo: [Int32]
    let female: [Bool]
    /// Index of the LCP of the person's home in ``lcps``, -1 when it has none.
    let lcp: [Int]
    let lcps: [String]
    /// The IMD decile of the person's home LSOA (1 the most deprived), 0 when unknown.
    let decile: [Int8]

    init(_ columns: PlaceColumns) {
        let persons = columns.persons
        birth = persons.days("birth_date", empty: .max)
        birthYMD = birth.map { $0 == .max ? .max : DayNumbers.ymd($0) }
        registeredFrom = persons.days("registered_from", empty: .min)
        registeredTo = persons.days("registered_to", empty: .max)
        female = persons.mapped("sex", empty: false) { $0 == "F" ? true : nil }
        let deaths = columns.table("deaths")
        death = columns.perPerson(deaths, deaths.days("death_date", empty: .max), empty: .max)
        let areas = columns.areas
        lcps = areas.lcps
        let lcpIndex = Dictionary(uniqueKeysWithValues: lcps.enumerated().map { ($1, $0) })
        lcp = persons.mapped("lsoa_code", empty: -1) { code in
            areas.lsoa(code).flatMap { lcpIndex[areas.lsoas[$0].lcp] }
        }
        decile = persons.mapped("lsoa_code", empty: 0) { code in
            areas.lsoa(code).map { Int8(clamping: areas.lsoas[$0].decile) }
        }
    }

    var count: Int { birth.count }

    /// Whether person `i` lives here on `day`: born, alive and registered.
    func present(_ i: Int, on day: Int32) -> Bool {
        Residency.present(
            birth: birth[i], death: death[i], from: registeredFrom[i], to: registeredTo[i], on: day)
    }

    /// Age in completed years of person `i` on `day`.
    func age(_ i: Int, on day: Int32) -> Int { Int((DayNumbers.ymd(day) - birthYMD[i]) / 10_000) }

    /// The sex the projection counts person `i` as.
    func sex(_ i: Int) -> Sex { female[i] ? .female : .male }
}
