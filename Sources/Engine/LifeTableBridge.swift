import Statistics

/// Connects the engine's age-band counts to the Statistics module's life expectancy (Chiang II).
enum LifeTableBridge {
    /// Labels of the 20 standard bands, in order: 0, 1-4, 5-9, …, 85-89, 90+.
    static let labels: [String] = LifeExpectancy.startAges.enumerated().map { index, start in
        if start == 0 { return "0" }
        if index == LifeExpectancy.startAges.count - 1 { return "\(start)+" }
        return "\(start)-\(LifeExpectancy.startAges[index + 1] - 1)"
    }

    /// Life expectancy at birth, or nil when the method suppresses it or cannot compute it
    /// (for example an empty age band in a small population).
    static func expectancy(deaths: [Double], population: [Double]) -> Double? {
        guard let table = try? LifeExpectancy.table(ageBands: labels, deaths: deaths, populations: population)
        else {
            return nil
        }
        return table.first?.estimate.value
    }
}
