import ArgumentParser
import Foundation
import Statistics

/// `placehealth stats METHOD --input FILE.csv`: a public-health statistic per group of rows of a CSV file.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Public-health statistics on a CSV file.",
        discussion: """
            Computes the methods of PHEindicatormethods 2.1 (as Fingertips uses them) for \
            each group of rows of a CSV file and writes a CSV: the group columns, `value`, \
            a lower and upper limit per confidence level (`lower95_0cl`, `upper95_0cl`, \
            `lower99_8cl`, `upper99_8cl`, ...) and the totals. Bad input stops with the \
            file, line and column. Methods and formulas: docs/statistics.md.

            proportion       Wilson score limits; numerator and denominator summed
                             per group.
            rate             crude rate; exact Poisson limits below 10 events,
                             Byar's from 10.
            dsr              directly standardised rate with Dobson limits; a row per age
                             band (--age-band); suppressed below 10 events;
                             --event-frequency for non-independent events.
            isr, smr         indirectly standardised rate, ratio; a row per age band with
                             --reference-numerator and --reference-denominator.
            mean             mean of --value with Student's t limits.
            life-expectancy  Chiang II; numerator = deaths, denominator = population, a row
                             per band 0, 1-4, 5-9, ..., 85-89, 90+ (--age-band).
            sii              slope and relative index of inequality; a row per quantile
                             (--quantile) with --value, its population in --denominator and
                             --standard-error or --lower-cl/--upper-cl; simulated limits.
            quantile         the quantile (--quantiles) of each row's --value in its group.
            funnel           each row's funnel-plot significance, or (--limits) the limits.
            """)

    @Argument(help: "The method: \(StatsMethod.allCases.map(\.rawValue).joined(separator: ", ")).")
    var method: StatsMethod

    @Option(help: "The input CSV file (a header line, then one row per record).")
    var input: String

    @Option(help: "Where to write the result CSV (default: standard output).")
    var output: String?

    @Option(help: "The numerator column (count, events, deaths, observed).")
    var numerator = "numerator"

    @Option(help: "The denominator column (sample size, population; for sii the quantile's population).")
    var denominator = "denominator"

    @Option(name: .customLong("group"), help: "A column to group by (repeatable); one result per group.")
    var groups: [String] = []

    @Option(help: "The age band column (dsr, isr, smr, life-expectancy); bands are matched by start age.")
    var ageBand = "age_band"

    @Option(
        help: """
            dsr: the standard population, `esp2013` (the default, 19 bands 0-4 ... 90+) or a CSV file whose \
            first column is the age band and second the standard population.
            """)
    var standardPopulation = "esp2013"

    @Option(help: "dsr: the column giving each row's number of events per person (non-independent events).")
    var eventFrequency: String?

    @Option(help: "isr/smr: the reference population's event count column for each age band.")
    var referenceNumerator = "reference_numerator"

    @Option(help: "isr/smr: the reference population column for each age band.")
    var referenceDenominator = "reference_denominator"

    @Option(
        help: """
            The multiplier (proportion 1, rate/dsr/isr 100000, smr 1 as the reference value, sii 1; \
            a negative sii multiplier reverses the polarity).
            """)
    var multiplier: Double?

    @Option(
        help: "Confidence levels, comma-separated, each in [0.9, 1) (or as percentages 90 to 100).",
        transform: StatsCommand.parseLevels)
    var confidence: [Double] = [0.95, 0.998]

    @Option(help: "mean, sii, quantile, funnel (rates): the value column.")
    var value = "value"

    @Option(help: "sii: the quantile column (5 to 100 quantiles per group).")
    var quantile = "quantile"

    @Option(help: "sii: the standard error column (otherwise --lower-cl and --upper-cl, 95% limits).")
    var standardError: String?

    @Option(help: "sii: the 95% lower confidence limit column.")
    var lowerCl: String?

    @Option(help: "sii: the 95% upper confidence limit column.")
    var upperCl: String?

    @Option(help: "sii: the kind of value: normal, rate (log scale) or proportion (logit scale).")
    var valueType: InequalityIndex.ValueType = .normal

    @Flag(help: "sii: regress on the log (rate) or logit (proportion) scale and transform back.")
    var transform = false

    @Option(help: "sii: simulation repetitions (at least 1000).")
    var repetitions = 100_000

    @Option(help: "sii: the seed of the random generator (the same seed gives the same limits).")
    var seed: UInt64 = 1

    @Option(help: "quantile: the number of quantiles (10 deciles, 5 quintiles, ...).")
    var quantiles = 10

    @Flag(
        inversion: .prefixedNo,
        help: "quantile: whether quantile 1 holds the highest values (the reference's default) or the lowest."
    )
    var invert = true

    @Option(help: "funnel: proportion, rate or ratio.")
    var statistic: Funnel.Statistic = .proportion

    @Option(help: "funnel (rates): crude or dsr.")
    var rateType: Funnel.RateType = .crude

    @Option(help: "funnel (ratios): count (observed/expected − 1) or isr (observed/expected × 100).")
    var ratioType: Funnel.RatioType = .count

    @Option(help: "funnel (rates): the number of years the data cover.")
    var yearsOfData = 1.0

    @Flag(help: "funnel: write the control limits (100 points) instead of each row's significance.")
    var limits = false

    static func parseLevels(_ text: String) throws -> [Double] {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let values = try parts.map { part -> Double in
            guard let value = Double(part) else {
                throw ValidationError("--confidence: \"\(part)\" is not a number")
            }
            return value
        }
        do {
            return try ConfidenceLevels(percentagesOrFractions: values).levels
        } catch let error as StatisticsError {
            throw ValidationError("--confidence: \(error.message)")
        }
    }

    func validate() throws {
        if repetitions < 1000 { throw ValidationError("--repetitions must be at least 1000") }
        if quantiles < 2 { throw ValidationError("--quantiles must be at least 2") }
        if !(yearsOfData > 0) { throw ValidationError("--years-of-data must be greater than zero") }
        if let multiplier, !multiplier.isFinite || (multiplier <= 0 && method != .sii) || multiplier == 0 {
            throw ValidationError("--multiplier must be a positive number")
        }
        if method == .sii, standardError == nil, lowerCl == nil || upperCl == nil {
            throw ValidationError("sii needs --standard-error, or both --lower-cl and --upper-cl")
        }
    }

    func run() async throws {
        try StatsRunner(options: self).run()
    }
}

/// The methods `placehealth stats` computes.
enum StatsMethod: String, CaseIterable, ExpressibleByArgument, Sendable {
    case proportion, rate, dsr, isr, smr, mean
    case lifeExpectancy = "life-expectancy"
    case sii, quantile, funnel
}

extension InequalityIndex.ValueType: ExpressibleByArgument {}
extension Funnel.Statistic: ExpressibleByArgument {}
extension Funnel.RateType: ExpressibleByArgument {}
extension Funnel.RatioType: ExpressibleByArgument {}
