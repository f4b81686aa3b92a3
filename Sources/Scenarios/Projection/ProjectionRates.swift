import Foundation

/// The rates a cohort-component projection applies each year, by sex and single year of age up
/// to the oldest (open) age: deaths, births and net migration per person-year.
public struct ProjectionRates: Sendable, Equatable {
    /// The last age, which stands for that age and over.
    public let oldest: Int
    /// Deaths per person-year, by sex, then age.
    public var mortality: [[Double]]
    /// Live births per woman-year, by the mother's age (zero outside the childbearing ages).
    public var fertility: [Double]
    /// Boys born for each girl born.
    public var boysPerGirl: Double
    /// Net migrants (in less out) per person-year, by sex, then age.
    public var migration: [[Double]]

    /// Rates of zero everywhere (no deaths, births or migration), boys and girls born equally.
    public init(oldest: Int) {
        self.oldest = oldest
        let zeros = [Double](repeating: 0, count: oldest + 1)
        mortality = [zeros, zeros]
        fertility = zeros
        boysPerGirl = 1
        migration = [zeros, zeros]
    }

    /// The probability of surviving a year at age `age` for `sex`, the death rate taken as a
    /// constant hazard over the year.
    public func survival(_ sex: Sex, _ age: Int) -> Double {
        exp(-mortality[sex.rawValue][min(age, oldest)])
    }
}
