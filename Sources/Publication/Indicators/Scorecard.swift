import Engine
import PlacePack

/// The strategy scorecard for one area and period: the vision, the outcomes with their priorities
/// and indicators, then the other plans' measures. Every figure is published (suppressed) unless
/// the builder was asked for unsuppressed results.
public struct Scorecard: Sendable {
    /// An outcome and, under it, the priorities its indicators serve first.
    public struct OutcomeSection: Sendable {
        /// The outcome.
        public let outcome: Outcome
        /// Its priorities, in number order, each with its indicators.
        public let priorities: [PrioritySection]
    }

    /// A priority and the indicators listed under it.
    public struct PrioritySection: Sendable {
        /// The priority.
        public let priority: Priority
        /// Its indicators.
        public let rows: [ScorecardRow]
    }

    /// The measures of another plan (Leeds Plan obsessions, Better Lives, Children and Young People).
    public struct SetSection: Sendable {
        /// The set's id in the pack (`leeds-plan`, `better-lives`, `cyp`).
        public let id: String
        /// Its name.
        public let name: String
        /// Its indicators.
        public let rows: [ScorecardRow]
    }

    /// The strategy's vision.
    public let vision: String
    /// Whether the store's data are synthetic.
    public let synthetic: Bool
    /// The area's code.
    public let area: String
    /// The area's name.
    public let areaName: String
    /// The area's kind: city, ward, lcp, pcn or practice.
    public let breakdown: String
    /// The period asked for, or nil for each indicator's latest.
    public let period: String?
    /// The outcomes, in number order.
    public let outcomes: [OutcomeSection]
    /// Priorities no indicator serves first (shown so that none is forgotten).
    public let otherPriorities: [Priority]
    /// The other plans' measures.
    public let sets: [SetSection]
    /// Whether the figures are unsuppressed (only for callers entitled to them).
    public let unsuppressed: Bool
}

/// One indicator on the scorecard.
public struct ScorecardRow: Sendable {
    /// The definition.
    public let definition: IndicatorDefinition
    /// The area's result for the chosen (or latest) period; nil when none (not computed for this area).
    public let latest: PublishedResult?
    /// The area's results for every period, oldest first (for the sparkline).
    public let series: [PublishedResult]
    /// The inequality in the same period: the LCP's own gap for an LCP's scorecard, else the city's
    /// (deprived vs the rest; SII and RII).
    public let inequality: InequalityResult?
    /// Are the poorest improving fastest?
    public let progress: PoorestProgress?
}
