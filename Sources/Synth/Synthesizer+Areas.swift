import Foundation
import PlaceModel
import PlacePack
import Ingest
import Store

extension Synthesizer {
    /// Records what the dataset is: synthetic, from which pack, seed and size.
    func writeDataset(_ writer: any BulkWriter) throws {
        try writer.setDataset("synthetic", "true")
        try writer.setDataset("generator", "placehealth synth (SYNTHETIC data, not real people)")
        try writer.setDataset("pack", pack.id)
        try writer.setDataset("seed", String(seed))
        try writer.setDataset("persons_requested", String(persons))
        try writer.setDataset("scale", String(format: "%.6f", scale))
        try writer.setDataset(
            "study_years", "\(parameters.studyYears.lowerBound)-\(parameters.studyYears.upperBound)")
        try writer.setDataset("city_code", parameters.cityCode)
    }

    /// Synthetic values of the aggregate indicators (surveys, police, schools, ONS) for every ward and
    /// the city, every year; denominators follow the synthetic population.
    func aggregateRows() -> [[FieldValue]] {
        var rng = SynthRandom(seed: seed, stream: 1_000_000)
        let g = pack.geography
        var wardX: [String: (x: Double, population: Double)] = [:]
        for lsoa in g.lsoas {
            let x = Double(10 - lsoa.imdDecile) / 9
            let pop = Double(lsoa.population) * scale
            let current = wardX[lsoa.wardCode] ?? (0, 0)
            wardX[lsoa.wardCode] = (current.x + x * pop, current.population + pop)
        }
        let cityPopulation = wardX.values.reduce(0) { $0 + $1.population }
        let cityX = wardX.values.reduce(0) { $0 + $1.x } / cityPopulation
        let countNorm =
            wardX.values.reduce(0) { $0 + $1.population * exp(1.5 * ($1.x / $1.population - cityX)) }
            / cityPopulation
        let shares: [String: Double] = [
            "children": 0.19, "age16": 0.012, "age11": 0.012, "adults": 0.78, "working_age": 0.64,
            "households": 0.43, "all": 1.0, "smi": 0.01, "none": 0,
        ]
        var rows: [[FieldValue]] = []
        for aggregate in parameters.aggregates {
            for year in parameters.studyYears {
                let shift = aggregate.trendPerYear * Double(year - 2019) + (aggregate.shifts[year] ?? 0)
                var cityNumerator = 0.0
                var cityDenominator = 0.0
                for ward in g.wards {
                    guard let w = wardX[ward.code] else { continue }
                    let x = w.x / w.population - cityX
                    let denominator = (w.population * (shares[aggregate.denominator] ?? 1)).rounded()
                    let value: Double
                    switch aggregate.unit {
                    case "percent":
                        let odds =
                            (aggregate.city + shift) / (100 - aggregate.city - shift)
                            * exp(aggregate.gradient * x)
                        value = 100 * odds / (1 + odds)
                    case "count":
                        value =
                            (aggregate.city + shift) * scale * w.population / cityPopulation * exp(1.5 * x)
                            / countNorm
                    default:
                        value = (aggregate.city + shift) * exp(aggregate.gradient * x)
                    }
                    let expected =
                        aggregate.unit == "count"
                        ? value : value * denominator / (aggregate.unit == "percent" ? 100 : 1000)
                    let noise = aggregate.unit == "count" ? 0.3 : 1.0
                    let numerator = max(
                        0, (expected + noise * sqrt(max(expected, 1)) * rng.normal()).rounded())
                    cityNumerator += numerator
                    cityDenominator += denominator
                    rows.append(aggregateRow(aggregate, ward.code, year, numerator, denominator))
                }
                rows.append(
                    aggregateRow(aggregate, parameters.cityCode, year, cityNumerator, cityDenominator))
            }
        }
        return rows
    }

    private func aggregateRow(
        _ aggregate: SynthParameters.Aggregate, _ area: String, _ year: Int, _ numerator: Double,
        _ denominator: Double
    ) -> [FieldValue] {
        let hasDenominator = aggregate.unit != "count"
        let perUnit = aggregate.unit == "percent" ? 100.0 : 1000.0
        let value = hasDenominator ? (denominator > 0 ? numerator / denominator * perUnit : 0) : numerator
        return [
            .text(aggregate.indicator), .text(area), .text(String(year)), .real(numerator),
            hasDenominator ? .real(denominator) : .null, .real(value),
            .text(aggregate.source + " [SYNTHETIC]"),
            .flag(true),
        ]
    }
}
