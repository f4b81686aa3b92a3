import PlaceColumns
import PlaceModel

extension ProjectionRates {
    /// The ages pooled into one death rate: 0, 1–4, then five-year bands, then `oldest` and over
    /// (a single year of age holds too few deaths below old age for a stable rate).
    static func bands(oldest: Int) -> [ClosedRange<Int>] {
        precondition(oldest >= 5, "the oldest age is 5 or more")
        var bands = [0...0, 1...4]
        var start = 5
        while start < oldest {
            bands.append(start...min(start + 4, oldest - 1))
            start += 5
        }
        bands.append(oldest...oldest)
        return bands
    }

    /// Rates estimated from the place's records in the calendar years `years`, pooled: deaths,
    /// births and net moves (registrations starting after birth, less those ending other than by
    /// death) in each year, over the residents at its middle (1 July), by sex and single year of
    /// age (deaths by band of age, ``bands(oldest:)``); births by the mother's age, split by the
    /// child's sex. Moves stay by single year: students arrive at 18 and leave at 21, and a band
    /// would spread their moves over children of 15 to 17.
    public static func estimate(from columns: PlaceColumns, years: ClosedRange<Int>, oldest: Int)
        -> ProjectionRates
    {
        estimate(ProjectionPeople(columns), births: columns.table("births"), years: years, oldest: oldest)
    }

    static func estimate(
        _ people: ProjectionPeople, births: TableColumns, years: ClosedRange<Int>, oldest: Int
    ) -> ProjectionRates {
        let width = oldest + 1
        var exposure = [[Double]](repeating: Array(repeating: 0, count: width), count: 2)
        var deaths = exposure
        var moves = exposure
        var mothers = [Double](repeating: 0, count: width)
        var (boys, girls) = (0.0, 0.0)
        let first = CivilDate(year: years.lowerBound, month: 1, day: 1)!.day
        let last = CivilDate(year: years.upperBound, month: 12, day: 31)!.day
        let middles = years.map { CivilDate(year: $0, month: 7, day: 1)!.day }
        for i in 0..<people.count {
            let s = people.sex(i).rawValue
            for middle in middles where people.present(i, on: middle) {
                exposure[s][min(people.age(i, on: middle), oldest)] += 1
            }
            let death = people.death[i]
            if death >= first, death <= last, people.registeredFrom[i] <= death,
                people.registeredTo[i] >= death
            {
                deaths[s][min(people.age(i, on: death), oldest)] += 1
            }
            let arrived = people.registeredFrom[i]
            if arrived >= first, arrived <= last, arrived > people.birth[i], death > arrived {
                moves[s][min(people.age(i, on: arrived), oldest)] += 1
            }
            let left = people.registeredTo[i]
            if left >= first, left <= last, death > left, left >= people.birth[i] {
                moves[s][min(people.age(i, on: left), oldest)] -= 1
            }
        }
        let mother = births["mother_person_id"]
        let child = births["child_person_id"]
        let born = births.days("birth_date", empty: .max)
        for row in 0..<births.count where born[row] >= first && born[row] <= last {
            guard let m = mother?.int(row).map(Int.init) else { continue }
            mothers[min(max(0, people.age(m, on: born[row])), oldest)] += 1
            if let c = child?.int(row).map(Int.init), people.female[c] { girls += 1 } else { boys += 1 }
        }
        var rates = ProjectionRates(oldest: oldest)
        for band in bands(oldest: oldest) {
            for s in 0..<2 {
                let people = band.reduce(0) { $0 + exposure[s][$1] }
                guard people > 0 else { continue }
                let died = band.reduce(0) { $0 + deaths[s][$1] }
                for age in band { rates.mortality[s][age] = died / people }
            }
        }
        for age in 0...oldest {
            for s in 0..<2 where exposure[s][age] > 0 {
                rates.migration[s][age] = moves[s][age] / exposure[s][age]
            }
            let women = exposure[Sex.female.rawValue][age]
            if women > 0 { rates.fertility[age] = mothers[age] / women }
        }
        rates.boysPerGirl = girls > 0 && boys > 0 ? boys / girls : 1
        return rates
    }
}

extension PopulationGrid {
    /// The residents of the place on `day` (born, alive and registered), by single year of age up
    /// to `oldest` and sex: for the city as one area, or by the LCP of each person's home (persons
    /// with no LCP are left out of the LCP grid but counted in the city's).
    public static func residents(of columns: PlaceColumns, on day: Int32, oldest: Int, byLCP: Bool)
        -> PopulationGrid
    {
        residents(ProjectionPeople(columns), on: day, oldest: oldest, areas: byLCP ? .lcp : .city)
    }

    static func residents(_ people: ProjectionPeople, on day: Int32, oldest: Int, areas: ProjectionAreas)
        -> PopulationGrid
    {
        var grid = PopulationGrid(areas: areas.names(people), oldest: oldest)
        for i in 0..<people.count where people.present(i, on: day) {
            guard let area = areas.area(of: i, people) else { continue }
            grid[area, people.sex(i), people.age(i, on: day)] += 1
        }
        return grid
    }
}

/// How a projection groups the residents into areas.
enum ProjectionAreas {
    /// The whole city, one area.
    case city
    /// Each LCP (persons whose home has none are left out).
    case lcp
    /// Each pair of LCP (or none, after the LCPs) and IMD decile of home (0 unknown, 1 to 10):
    /// area `lcp * 11 + decile`, the scenario engine's areas.
    case lcpDecile

    /// The areas' names.
    func names(_ people: ProjectionPeople) -> [String] {
        switch self {
        case .city: return ["city"]
        case .lcp: return people.lcps
        case .lcpDecile:
            return (people.lcps + [""]).flatMap { lcp in (0...10).map { "\(lcp)|\($0)" } }
        }
    }

    /// The area of person `i`, nil when it has none.
    func area(of i: Int, _ people: ProjectionPeople) -> Int? {
        switch self {
        case .city: return 0
        case .lcp: return people.lcp[i] >= 0 ? people.lcp[i] : nil
        case .lcpDecile:
            let lcp = people.lcp[i] >= 0 ? people.lcp[i] : people.lcps.count
            return lcp * 11 + Int(people.decile[i])
        }
    }
}
