import PlaceModel
import Store

/// The tables the synthesis writes, in a compact form for buffered rows.
enum SynthTable: Int, CaseIterable, Sendable {
    case persons, conditions, observations, births, deaths, carers
    case ae, admissions, mha, assessments, packages, reablement, careHome, aggregates
    case problems, medications

    /// The table's schema.
    var schema: TableSchema { Self.schemas[rawValue] }

    private static let schemas: [TableSchema] = [
        PlaceSchema.persons, PlaceSchema.conditions, PlaceSchema.observations, PlaceSchema.births,
        PlaceSchema.deaths, PlaceSchema.carers, PlaceSchema.aeAttendances, PlaceSchema.admissions,
        PlaceSchema.mhaDetentions, PlaceSchema.socialCareAssessments, PlaceSchema.socialCarePackages,
        PlaceSchema.reablementEpisodes, PlaceSchema.careHomeAdmissions, PlaceSchema.aggregateValues,
        PlaceSchema.problems, PlaceSchema.medications,
    ]
}

/// Rows generated for one LSOA, one batch per table, encoded by the generating thread.
struct GeneratedRows: Sendable {
    var batches: [RowBatch] = SynthTable.allCases.map { RowBatch(table: $0.schema) }
    var persons = 0

    mutating func add(_ table: SynthTable, _ values: [FieldValue]) {
        batches[table.rawValue].append(row: values)
    }
}

/// One LSOA to generate: where it is, how deprived, how many people at the start, its practices.
struct LSOAPlan: Sendable {
    let index: Int
    let code: String
    /// Deprivation from 0 (least deprived decile) to 1 (decile 1).
    let x: Double
    var basePersons: Int
    let practices: [String]
    let practiceWeights: [Double]
    /// Students arriving a year (student wards only, when migration is enabled).
    var studentIntake = 0.0
    /// Share of residents in a minority ethnic group (the ward's, or the mix's at `x`).
    var minorityShare = 0.0
}

/// Divides a rate's deprivation factor by its population mean, so rates in the pack are city averages.
struct DeprivationMix: Sendable {
    let xs: [(x: Double, weight: Double)]

    /// exp(g x) divided by its population-weighted mean.
    func factor(_ gradient: Double, at x: Double) -> Double {
        let total = xs.reduce(0) { $0 + $1.weight }
        let mean = xs.reduce(0) { $0 + $1.weight * exp(gradient * $1.x) } / total
        return exp(gradient * x) / mean
    }
}

import Foundation
