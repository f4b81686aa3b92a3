import PlaceModel

/// A Better Care Fund planning template as structured data: the cover, income, schemes, High
/// Impact Change Model, metrics and planning requirements (docs/assurance.md).
public struct BCFPlan: Sendable {
    /// The template's edition, such as "BCF 2019/20".
    public let template: String
    /// The Health and Wellbeing Board.
    public let board: String
    /// Where the plan comes from.
    public let source: String
    /// Each contribution to the pooled budget.
    public let income: [Income]
    /// The minimum NHS-commissioned out-of-hospital spend from the CCG minimum contribution.
    public let minimumOutOfHospital: Money
    /// The minimum adult social care spend from the CCG minimum contribution.
    public let minimumSocialCare: Money
    /// Whether additional local authority and CCG contributions are declared.
    public let additionalLA: Bool?, additionalCCG: Bool?
    /// Every scheme, in the template's order.
    public let schemes: [BCFScheme]
    /// The eight High Impact Changes.
    public let changes: [Change]
    /// The metrics' plans.
    public let metrics: [MetricPlan]
    /// PR1 to PR9.
    public let requirements: [Requirement]
    /// Every required field left blank.
    public let blanks: [Blank]

    /// One contribution to the pool.
    public struct Income: Sendable {
        /// Its source.
        public let source: BCFFundingSource
        /// Who contributes it.
        public let contributor: String?
        /// How much.
        public let amount: Money?
    }

    /// One High Impact Change: its current maturity and the maturity planned for the year's end.
    public struct Change: Sendable {
        /// 1 to 8.
        public let number: Int
        /// Its name.
        public let name: String
        /// Maturity now and planned.
        public let current: BCFMaturity?, planned: BCFMaturity?
        /// Why the planned maturity is below Established, where it is.
        public let reason: String?
    }

    /// One metric's plan, with the numerator and denominator the plan is computed from.
    public struct MetricPlan: Sendable {
        /// The metric.
        public let metric: BCFMetric
        /// The planned value and, where the template takes them, its numerator and denominator.
        public let plan: Double?, numerator: Double?, denominator: Double?
        /// Last year's plan, where given.
        public let previous: Double?
    }

    /// One planning requirement and the plan's answer.
    public struct Requirement: Sendable {
        /// PR1 to PR9.
        public let code: String
        /// The national condition or theme.
        public let theme: String
        /// Whether the plan meets it (nil if not answered).
        public let met: Bool?
        /// Where not met: the actions in place, and when it will be met.
        public let actions: String?, timeframe: String?
    }

    /// A required field with nothing in it.
    public struct Blank: Sendable, Equatable {
        /// The sheet it is on.
        public let sheet: BCFSheet
        /// Its dotted path in the file.
        public let field: String
        /// Its line in the file, where known.
        public let line: Int?
    }

    /// The total of the pool.
    public var pool: Money { income.compactMap(\.amount).sum() }

    /// The plan for `metric`.
    public func plan(for metric: BCFMetric) -> MetricPlan? { metrics.first { $0.metric == metric } }
}
