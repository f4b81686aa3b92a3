import Foundation
import PlacePack

/// The cohorts a place pack predefines (`cohorts.yaml`): each with an identifier, a name, its
/// rule and where it comes from.
public struct CohortCatalog: Sendable {
    /// One predefined cohort.
    public struct Cohort: Sendable, Hashable, Codable {
        /// Identifier (`respiratory-missing-cases`).
        public let id: String
        /// Name for display.
        public let name: String
        /// The rule's text.
        public let rule: String
        /// Where the definition comes from.
        public let source: String
    }

    /// The cohorts, in file order.
    public let cohorts: [Cohort]

    /// The pack's cohorts (none when the pack has no `cohorts.yaml`).
    ///
    /// - Throws: ``PackError`` for a malformed file, ``PopulationError`` naming the file and line
    ///   of a rule that does not parse.
    public init(pack: PlacePack) throws {
        let file = pack.files["cohorts"] ?? "cohorts.yaml"
        guard FileManager.default.fileExists(atPath: pack.directory.appendingPathComponent(file).path) else {
            cohorts = []
            return
        }
        let root = try PackNode.parse(file: file, in: pack.directory)
        cohorts = try root.required("cohorts").list().map { node in
            let rule = try node.required("rule")
            let text = try rule.string()
            do {
                _ = try CohortRule(text)
            } catch let error as CohortRuleError {
                throw PopulationError.badCatalog(
                    "\(file):\(rule.line.map(String.init) ?? "?")", "rule: \(error)")
            }
            return Cohort(
                id: try node.required("id").string(), name: try node.required("name").string(), rule: text,
                source: try node.optional("source")?.string() ?? "")
        }
    }

    /// The cohort with this identifier.
    ///
    /// - Throws: ``PopulationError`` listing the known identifiers.
    public func cohort(_ id: String) throws -> Cohort {
        guard let found = cohorts.first(where: { $0.id == id }) else {
            throw PopulationError.unknownCohort(id, known: cohorts.map(\.id))
        }
        return found
    }
}
