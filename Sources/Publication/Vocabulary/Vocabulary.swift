import PlaceModel
import Engine
import Store

/// The one vocabulary of published figures: the breakdowns, the areas of the place and the names
/// of their groups, used by every output (command line, pages, API, downloads).
public struct Vocabulary: Sendable {
    /// The breakdowns of indicator results, in display order (deprived/rest comes with deciles).
    public static let breakdowns = Breakdown.indicators.map(\.rawValue)
    /// The notice every document of SYNTHETIC data carries.
    public static let syntheticNotice = "SYNTHETIC data: generated, no real person is in it; not real values."
    /// The place's name (for "Deprived Leeds", "Rest of Leeds").
    public let placeName: String
    private let areaNames: [String: String]

    /// A vocabulary of `placeName` and the area names of `areas`.
    public init(placeName: String, areas: [AreaDirectory.Area]) {
        self.placeName = placeName
        areaNames = Dictionary(areas.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// The vocabulary of the areas in `store`, for the place `placeName`.
    public init(store: any PlaceStore, placeName: String) throws {
        self.init(placeName: placeName, areas: try AreaDirectory(store: store).areas())
    }

    /// The name of a group of a breakdown: an area's name, or a category made readable.
    public func groupName(_ group: String, breakdown: String) -> String {
        switch breakdown {
        case "city", "ward", "lcp", "pcn", "practice": return areaNames[group] ?? group
        case "decile":
            return group == "1" ? "1 (most deprived)" : group == "10" ? "10 (least deprived)" : group
        case "deprivation":
            return group == "deprived"
                ? "Deprived \(placeName)" : group == "rest" ? "Rest of \(placeName)" : group
        case "sex": return group == "F" ? "Female" : group == "M" ? "Male" : group
        case "ethnicity":
            return group == "not_stated" ? "Not stated" : group.prefix(1).uppercased() + group.dropFirst()
        default: return group
        }
    }
}
