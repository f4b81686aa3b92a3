import Foundation
import PlacePack

/// The population projection's assumptions, from the pack's `projection.yaml` (format in
/// docs/scenarios.md): the oldest age, the years rates are estimated from, and the migration
/// variants.
public struct ProjectionAssumptions: Sendable, Equatable {
    /// The last age, counting everyone of that age and over.
    public let oldestAge: Int
    /// How many calendar years, ending with the baseline year, the rates are estimated from.
    public let rateYears: Int
    /// A migration variant: its name and its scale of the net migration observed in the store.
    public struct Variant: Sendable, Equatable {
        /// The name (`principal`, `low`, `high`).
        public let name: String
        /// The scale of the observed net migration rates.
        public let scale: Double
    }

    /// The migration variants, in the file's order.
    public let variants: [Variant]
    /// Where the variants come from, as the pack says.
    public let source: String
    /// Whether the variants are assumptions rather than published figures.
    public let assumed: Bool

    /// The default file name in a pack.
    public static let fileName = "projection.yaml"

    /// Reads the assumptions of `pack` (`files: projection:` in `pack.yaml`, else `projection.yaml`).
    ///
    /// - Throws: ``PackError`` naming the file, line and field of the first problem.
    public static func read(_ pack: PlacePack) throws -> ProjectionAssumptions {
        try read(PackNode.parse(file: pack.files["projection"] ?? fileName, in: pack.directory))
    }

    /// Reads parsed assumptions.
    public static func read(_ root: PackNode) throws -> ProjectionAssumptions {
        let oldest = try root.required("oldest_age")
        guard (5...110).contains(try oldest.int()) else {
            throw oldest.fail(.outOfRange, "the oldest age must be 5 to 110, found \(try oldest.int())")
        }
        let years = try root.required("rate_years")
        guard (1...10).contains(try years.int()) else {
            throw years.fail(.outOfRange, "rate_years must be 1 to 10, found \(try years.int())")
        }
        let migration = try root.required("migration")
        let listed = try migration.required("variants")
        var variants: [Variant] = []
        for (name, node) in try listed.entries() {
            let scale = try node.double()
            guard scale.isFinite, scale >= 0, scale <= 5 else {
                throw node.fail(.outOfRange, "a variant's scale must be 0 to 5, found \(scale)")
            }
            variants.append(Variant(name: name, scale: scale))
        }
        guard variants.contains(where: { $0.name == "principal" }) else {
            throw listed.fail(.missingField, "the variants must include 'principal'")
        }
        return ProjectionAssumptions(
            oldestAge: try oldest.int(), rateYears: try years.int(), variants: variants,
            source: try migration.required("source").string(),
            assumed: try migration.optional("assumed")?.bool() ?? true)
    }

    /// The scale of variant `name`, nil when the pack has no such variant.
    public func scale(of name: String) -> Double? { variants.first { $0.name == name }?.scale }
}
