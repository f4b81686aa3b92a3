import Publication
import Engine
import Statistics

extension APIModel {
    /// `GET /api/indicators/{id}/results`.
    struct Results: Encodable, Sendable {
        let synthetic: Bool
        let notice: String?
        let indicator: String
        let breakdown: String
        let period: String?
        let suppressionThreshold: Int
        let results: [PublishedResult]
    }

    /// `GET /api/indicators/{id}/inequalities`.
    struct Inequalities: Encodable, Sendable {
        let synthetic: Bool
        let notice: String?
        let indicator: String
        let area: String
        let inequalities: [InequalityResult]
        let progress: PoorestProgress?
    }
}
