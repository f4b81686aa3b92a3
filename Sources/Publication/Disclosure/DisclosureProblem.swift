import Statistics
/// Cells of published figures named by key, so that one figure shown in several tables (a group's
/// population in the segment table and in a cohort table) is one cell, and the identities among
/// them: the input of ``DisclosureControl``.
public struct DisclosureProblem: Sendable {
    /// The cells' keys, in cell order.
    public private(set) var keys: [String] = []
    /// The cells' values.
    public private(set) var values: [Int] = []
    /// The identities among the cells.
    public private(set) var identities: [DisclosureIdentity] = []
    private var position: [String: Int] = [:]

    /// An empty problem.
    public init() {}

    /// The cell of `key`, added with `value` if new.
    @discardableResult
    public mutating func cell(_ key: String, _ value: Int) -> Int {
        if let at = position[key] { return at }
        keys.append(key)
        values.append(value)
        position[key] = keys.count - 1
        return keys.count - 1
    }

    /// The cell of `key`, if there is one.
    public func index(_ key: String) -> Int? { position[key] }

    /// Adds the identity `total` = Σ `parts` (plus what they leave out, taken as known), when the
    /// total exists and there are parts.
    public mutating func identity(total: String, parts: [String]) {
        guard let t = position[total] else { return }
        let members = parts.compactMap { position[$0] }
        guard !members.isEmpty else { return }
        identities.append(DisclosureIdentity(total: t, parts: members))
    }

    /// Solves the mask at `threshold`: primary suppression of the small counts (and of the cells
    /// `alsoWithheld` names), then the joint control, which never withholds a cell `published` names
    /// for another's sake (it is shown elsewhere).
    public func solve(threshold: Int, alsoWithheld: Set<String> = [], published: Set<String> = [])
        -> DisclosureControl.Outcome
    {
        let primary = zip(keys, values).map { key, value in
            SmallNumberSuppression.isSmall(Double(value), threshold: threshold) || alsoWithheld.contains(key)
        }
        return DisclosureControl.solve(
            measures: [values], primary: primary, identities: identities, threshold: threshold,
            published: published.isEmpty ? nil : keys.map(published.contains))
    }
}
