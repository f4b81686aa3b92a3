import PlaceModel
import Publication
import PlacePack
import Scenarios

/// The JSON documents of the API (described in `/openapi.json`). Absent members mean "none": a
/// suppressed result has no numerator, value or limits.
enum APIModel {
    /// The notice every document carries when the data are synthetic.
    static let syntheticNotice = Vocabulary.syntheticNotice

    /// An England (or other) comparator of a definition.
    struct Benchmark: Codable, Sendable {
        let england: Double
        let period: String?
        let source: String
        let assumed: Bool
    }

    /// An indicator definition.
    struct Indicator: Codable, Sendable {
        let id: String
        let name: String
        let sets: [String]
        let definition: String
        let follows: String
        let outcome: Int?
        let priorities: [Int]
        let polarity: String
        let unit: String
        let multiplier: Double
        let method: String
        let periodType: String
        let breakdowns: [String]
        let benchmark: Benchmark?
        let target: Double?
        let note: String?

        init(_ d: IndicatorDefinition) {
            id = d.id
            name = d.name
            sets = d.sets
            definition = d.definition
            follows = d.follows
            outcome = d.outcome
            priorities = d.priorities
            polarity = d.polarity.rawValue
            unit = d.unit
            multiplier = d.multiplier
            method = d.method.rawValue
            periodType = d.period.rawValue
            breakdowns = ["city"] + d.breakdowns.map(\.rawValue)
            benchmark = d.benchmark.map {
                Benchmark(england: $0.england, period: $0.period, source: $0.source, assumed: $0.assumed)
            }
            target = d.target
            note = d.note
        }
    }

    /// `GET /api/indicators`.
    struct IndicatorList: Codable, Sendable {
        let synthetic: Bool
        let notice: String?
        let indicators: [Indicator]
    }

    /// `GET /api/indicators/{id}`.
    struct IndicatorDetail: Codable, Sendable {
        let synthetic: Bool
        let notice: String?
        let indicator: Indicator
        let periods: [String]
    }

    /// An area.
    struct Area: Codable, Sendable {
        let code: String
        let kind: String
        let name: String
        let parent: String?

        init(_ a: Catalog.Area) {
            code = a.code
            kind = a.kind
            name = a.name
            parent = a.parent
        }
    }

    /// `GET /api/areas`.
    struct AreaList: Codable, Sendable {
        let synthetic: Bool
        let notice: String?
        let areas: [Area]
    }

    /// An error.
    struct ErrorDocument: Codable, Sendable {
        /// The error.
        struct Detail: Codable, Sendable {
            let status: Int
            let message: String
            let parameter: String?
        }
        let error: Detail
    }
}

extension APIModel {
    /// The stored scenario results, newest first (GET /api/scenarios).
    struct ScenarioList: Encodable, Sendable {
        let scenarios: [StoredScenario]
        let synthetic: Bool
        let notice: String?
    }
}
