import Publication
import Engine

extension APIModel {
    /// One indicator of an area profile.
    struct ProfileRow: Encodable, Sendable {
        let indicator: String
        let name: String
        let unit: String
        let polarity: String
        let period: String
        let result: PublishedResult?
        let cityValue: Double?
        let minimum, lowerQuartile, upperQuartile, maximum: Double?
        let areasCompared: Int
    }

    /// `GET /api/areas/{code}`.
    struct AreaProfile: Encodable, Sendable {
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
