import Publication
import Engine

extension APIModel {
    /// One indicator on the scorecard.
    struct ScorecardRow: Codable, Sendable {
        let indicator: String
        let name: String
        let unit: String
        let polarity: String
        let latest: Result?
        let series: [Result]
        let inequality: Inequality?
        let progress: Progress?
    }

    /// A priority and its indicators.
    struct PrioritySection: Codable, Sendable {
        let number: Int
        let name: String
        let rows: [ScorecardRow]
    }

    /// An outcome and its priorities.
    struct OutcomeSection: Codable, Sendable {
        let number: Int
        let name: String
        let priorities: [PrioritySection]
    }

    /// A priority without indicators listed under it.
    struct PriorityName: Codable, Sendable {
        let number: Int
        let name: String
    }

    /// Another plan's indicators.
    struct SetSection: Codable, Sendable {
        let id: String
        let name: String
        let rows: [ScorecardRow]
    }

    /// `GET /api/scorecard`.
    struct Scorecard: Codable, Sendable {
        let synthetic: Bool
        let notice: String?
        let vision: String
        let area: String
        let areaName: String
        let breakdown: String
        let period: String?
        let outcomes: [OutcomeSection]
        let otherPriorities: [PriorityName]
        let sets: [SetSection]
    }

    /// One indicator of an area profile.
    struct ProfileRow: Codable, Sendable {
        let indicator: String
        let name: String
        let unit: String
        let polarity: String
        let period: String
        let result: Result?
        let cityValue: Double?
        let minimum, lowerQuartile, upperQuartile, maximum: Double?
        let areasCompared: Int
    }

    /// `GET /api/areas/{code}`.
    struct AreaProfile: Codable, Sendable {
        let synthetic: Bool
        let notice: String?
        let area: Area
        let profile: [ProfileRow]
    }

    /// One load of a source file.
    struct Load: Codable, Sendable {
        let file: String
        let table: String
        let at: String
        let status: String
        let rowsRead: Int
        let rowsStored: Int
        let rowsQuarantined: Int
    }

    /// Rows stored in a table.
    struct TableRows: Codable, Sendable {
        let table: String
        let rows: Int
    }

    /// `GET /api/about`.
    struct About: Codable, Sendable {
        let synthetic: Bool
        let notice: String?
        let place: String
        let pack: String
        let seed: String?
        let personsRequested: Int?
        let studyYears: String?
        let resultsComputedAt: String?
        let suppressionThreshold: Int
        let syntheticNote: String?
        let tables: [TableRows]
        let loads: [Load]
    }
}
