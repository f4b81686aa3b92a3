import Assurance
import Engine
import Publication
import PlacePack

/// What the dashboard can show, fixed when it starts: the place pack's indicators and the areas of
/// its geography (the city, wards, Local Care Partnerships, primary care networks and practices).
struct Catalog: Sendable {
    /// An area a page can be about.
    struct Area: Sendable, Equatable {
        /// Its code (the city's is the store's `city_code`).
        let code: String
        /// `city`, `ward`, `lcp`, `pcn` or `practice` (the breakdown its results are under).
        let kind: String
        /// Its name.
        let name: String
        /// The code of the area it belongs to (a ward's LCP, a practice's PCN), if any.
        let parent: String?
    }

    /// The area kinds a user can choose, in display order, with their plural names.
    static let kinds: [(kind: String, plural: String, singular: String)] = [
        ("ward", "Wards", "ward"), ("lcp", "Local Care Partnerships", "Local Care Partnership"),
        ("pcn", "Primary care networks", "primary care network"), ("practice", "GP practices", "GP practice"),
    ]

    /// The place pack.
    let pack: PlacePack
    /// The indicator definitions and suppression threshold.
    let set: IndicatorSet
    /// Every area, the city first, then by kind in ``kinds`` order, each kind in name order.
    let areas: [Area]
    /// The ward map layout.
    let layout: WardLayout
    private let areaIndex: [String: Int]
    /// The names of groups, as every output gives them.
    let vocabulary: Vocabulary
    /// The Board's registers, plans and Better Care Fund plan, if the pack has an `assurance.yaml`.
    var book: AssuranceBook?
    /// The written sections of the Board paper, if the pack has `reports/board-paper.yaml`.
    var paper: BoardPaperText?

    /// The catalogue of `pack`'s indicators and the stored `areas` (as Engine's area directory lists them).
    init(pack: PlacePack, set: IndicatorSet, areas stored: [AreaDirectory.Area], layout: WardLayout) {
        self.pack = pack
        self.set = set
        self.layout = layout
        vocabulary = Vocabulary(
            placeName: stored.first { $0.kind == "city" }?.name ?? pack.name, areas: stored)
        let city =
            stored.first { $0.kind == "city" }.map {
                Area(code: $0.code, kind: "city", name: $0.name, parent: nil)
            }
            ?? Area(code: "city", kind: "city", name: pack.name, parent: nil)
        var areas = [city]
        for (kind, _, _) in Self.kinds {
            areas += stored.filter { $0.kind == kind }.sorted { $0.name < $1.name }
                .map { Area(code: $0.code, kind: kind, name: $0.name, parent: $0.parent) }
        }
        self.areas = areas
        var index: [String: Int] = [:]
        for (i, area) in areas.enumerated() where index[area.code] == nil { index[area.code] = i }
        areaIndex = index
    }

    /// The city.
    var city: Area { areas[0] }

    /// The area with this code, if any.
    func area(_ code: String) -> Area? { areaIndex[code].map { areas[$0] } }

    /// The areas of a kind, in name order.
    func areas(kind: String) -> [Area] { areas.filter { $0.kind == kind } }

    /// The name of a group of a breakdown: an area's name, or a category made readable.
    func groupName(_ group: String, breakdown: String) -> String {
        vocabulary.groupName(group, breakdown: breakdown)
    }

    /// The singular name of an area kind ("ward").
    static func singular(_ kind: String) -> String {
        kind == "city" ? "city" : kinds.first { $0.kind == kind }?.singular ?? kind
    }

    /// Close matches for a mistyped id or code among `candidates` (same prefix, or containing it).
    static func closeMatches(_ text: String, in candidates: [(id: String, label: String)], limit: Int = 5)
        -> [(id: String, label: String)]
    {
        let needle = text.lowercased()
        guard !needle.isEmpty else { return [] }
        let words = needle.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        return Array(
            candidates.filter { c in
                let hay = (c.id + " " + c.label).lowercased()
                return hay.contains(needle) || words.contains { $0.count >= 3 && hay.contains($0) }
            }.prefix(limit))
    }
}
