import PlaceModel
/// One indicator as the place pack defines it: what it measures, how, and against what.
///
/// Definitions are data, independent of how they execute: the engine compiles them; the same
/// definitions are meant to run on other engines later.
public struct IndicatorDefinition: Sendable {
    /// How the value is computed.
    public enum Method: String, Sendable, CaseIterable {
        /// Numerator over denominator, Wilson intervals.
        case proportion
        /// Events over population per year, Byar's or exact intervals.
        case crudeRate = "crude-rate"
        /// Directly age-standardised rate (ESP 2013), Dobson intervals.
        case dsr
        /// Mean of a value (the numerator counts `mean: column`; no denominator), Student's t intervals.
        case mean
        /// Indirectly standardised ratio: observed ÷ expected from the city's own age-specific rates,
        /// times the multiplier (100: the city is 100), Byar's or exact intervals.
        case isr
        /// Life expectancy at birth from deaths (numerator) and population (denominator) by age band,
        /// Chiang II life table.
        case lifeExpectancy = "life-expectancy"
        /// Read from the aggregate table.
        case aggregate
    }

    /// How periods are formed.
    public enum PeriodType: String, Sendable, CaseIterable {
        /// January to December.
        case calendarYear = "calendar-year"
        /// April to March.
        case financialYear = "financial-year"
        /// Three calendar years pooled.
        case pooledThreeYears = "pooled-3-years"
    }

    /// Which direction is better.
    public enum Polarity: String, Sendable, CaseIterable {
        /// Higher values are better.
        case higherIsBetter = "higher-is-better"
        /// Lower values are better.
        case lowerIsBetter = "lower-is-better"
        /// No judgement.
        case noJudgement = "no-judgement"
    }

    /// The published comparator.
    public struct Benchmark: Sendable {
        /// The England value.
        public let england: Double
        /// Its period.
        public let period: String?
        /// Where it comes from.
        public let source: String
        /// Whether the value is an assumption rather than a checked published figure.
        public let assumed: Bool

        /// A benchmark.
        public init(england: Double, period: String?, source: String, assumed: Bool) {
            self.england = england
            self.period = period
            self.source = source
            self.assumed = assumed
        }
    }

    /// Identifier (kebab-case).
    public let id: String
    /// Name.
    public let name: String
    /// The plans it belongs to (hws, leeds-plan, better-lives, cyp).
    public let sets: [String]
    /// Plain-English definition.
    public let definition: String
    /// The framework indicator it follows.
    public let follows: String
    /// Health and Wellbeing Strategy outcome, if any.
    public let outcome: Int?
    /// Strategy priorities.
    public let priorities: [Int]
    /// Which direction is better.
    public let polarity: Polarity
    /// Unit, for display.
    public let unit: String
    /// Multiplier (100, 1,000, 100,000 …).
    public let multiplier: Double
    /// Method.
    public let method: Method
    /// Period type.
    public let period: PeriodType
    /// Breakdowns allowed besides the city.
    public let breakdowns: [Breakdown]
    /// The England comparator.
    public let benchmark: Benchmark?
    /// The indicator's id in Fingertips (a number), if it follows one: a Fingertips data download's
    /// rows with this id load as its published values (`placehealth load --fingertips`).
    public var fingertipsID: String?
    /// Target value, if any.
    public let target: Double?
    /// Anything a reader must know.
    public let note: String?
    /// For aggregate indicators: the indicator id in the aggregate table.
    public let aggregate: String?
    /// What is counted.
    public let numerator: Selection?
    /// What it is counted out of.
    public let denominator: Selection?
    /// What its inequality figures are computed on (``InequalityBasis/default(for:)`` unless the
    /// pack's `inequality:` says otherwise).
    public var inequality: InequalityBasis

    /// A definition.
    public init(
        id: String, name: String, sets: [String], definition: String, follows: String, outcome: Int?,
        priorities: [Int], polarity: Polarity, unit: String, multiplier: Double, method: Method,
        period: PeriodType,
        breakdowns: [Breakdown], benchmark: Benchmark?, target: Double?, note: String?, aggregate: String?,
        numerator: Selection?, denominator: Selection?
    ) {
        self.id = id
        self.name = name
        self.sets = sets
        self.definition = definition
        self.follows = follows
        self.outcome = outcome
        self.priorities = priorities
        self.polarity = polarity
        self.unit = unit
        self.multiplier = multiplier
        self.method = method
        self.period = period
        self.breakdowns = breakdowns
        self.benchmark = benchmark
        self.target = target
        self.note = note
        self.aggregate = aggregate
        self.numerator = numerator
        self.denominator = denominator
        self.inequality = .default(for: method)
    }
}
