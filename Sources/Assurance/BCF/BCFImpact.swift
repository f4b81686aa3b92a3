/// The impact a scheme claims on a metric.
public enum BCFImpact: String, Sendable, CaseIterable {
    /// High.
    case high = "High"
    /// Medium.
    case medium = "Medium"
    /// Low.
    case low = "Low"
    /// Not applicable.
    case notApplicable = "Not applicable"
}
