import Statistics

/// Connects the engine's age-band counts to the Statistics module's life expectancy.
enum LifeTableBridge {
    /// Life expectancy at birth, or nil when the method cannot give one.
    static func expectancy(deaths: [Double], population: [Double]) -> Double? {
        nil  // Wired to Statistics' Chiang II life expectancy when that lands.
    }
}
