import Statistics
import Engine
import PlacePack
import Population
import Store

/// The disclosure audit: from everything an unauthenticated reader can fetch (every indicator's
/// published results; the segment and frailty tables of every breakdown; every cohort's counts of
/// every breakdown), it sets up the published figures and the identities that link them and checks
/// by exact arithmetic (``DisclosureAnalysis``) that no withheld count is determined, nor bounded to
/// an interval narrower than the small-number range. The masks are read as published, not
/// recomputed.
public struct DisclosureAudit: Sendable {
    /// What was checked of one quantity.
    public struct Finding: Sendable, Equatable {
        /// The quantity: `indicator ID`, `population`, `cohort ID`.
        public let quantity: String
        /// Published figures (cells) and their identities.
        public let cells: Int
        /// Identities among them.
        public let identities: Int
        /// Withheld cells.
        public let withheld: Int
        /// Withheld cells between 1 and the threshold − 1.
        public let small: Int
        /// Keys of the withheld cells the analysis finds exposed (none when safe).
        public let exposed: [String]
        /// Whether the figures were whole numbers, so the exact analysis applied.
        public let analysed: Bool
    }

    /// Every quantity's finding.
    public let findings: [Finding]
    /// The threshold audited at.
    public let threshold: Int

    /// Whether no withheld cell of any quantity is exposed.
    public var passed: Bool { findings.allSatisfy { $0.exposed.isEmpty } }

    /// One audited quantity: its cells, what is published of them, its identities, its measures.
    static func check(
        _ quantity: String, keys: [String], measures: [[Int]]?, hidden: [Bool],
        identities: [DisclosureIdentity],
        threshold: Int
    ) -> Finding {
        let exposed =
            measures.map {
                DisclosureControl.exposed($0, hidden: hidden, identities: identities, threshold: threshold)
                    .map { keys[$0] }
            } ?? []
        let first = measures?.first
        return Finding(
            quantity: quantity, cells: keys.count, identities: identities.count,
            withheld: hidden.filter { $0 }.count,
            small: first.map { values in
                hidden.indices.filter {
                    hidden[$0] && SmallNumberSuppression.isSmall(Double(values[$0]), threshold: threshold)
                }.count
            }
                ?? 0,
            exposed: exposed, analysed: measures != nil)
    }
}

extension DisclosureAudit: Encodable {}

extension DisclosureAudit.Finding: Encodable {}

extension DisclosureAudit {
    /// The result in one paragraph.
    public var summary: String {
        let cells = findings.map(\.cells).reduce(0, +)
        let withheld = findings.map(\.withheld).reduce(0, +)
        let small = findings.map(\.small).reduce(0, +)
        let identities = findings.map(\.identities).reduce(0, +)
        let exposed = findings.flatMap { f in f.exposed.map { "\(f.quantity): \($0)" } }
        let head =
            "Checked \(findings.count) quantities: \(cells) published figures, \(identities) identities, "
            + "\(withheld) withheld (\(small) of them from 1 to \(threshold - 1)). "
        guard exposed.isEmpty else {
            return head
                + "EXPOSED: \(exposed.count) withheld figures can be worked out or narrowly bounded:\n  "
                + exposed.prefix(50).joined(separator: "\n  ")
        }
        return head
            + "No withheld figure is determined by, or bounded within \(threshold - 1) by, the published ones."
    }
}
