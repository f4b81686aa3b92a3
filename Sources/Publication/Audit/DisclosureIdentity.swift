/// An exact linear identity among cells: value[total] = Σ value[parts] + offset.
///
/// Cells are indices into the `values` array given to
/// ``DisclosureAnalysis/analyse(values:hidden:identities:)``. A cell may appear more than once among the
/// parts; each appearance counts once.
public struct DisclosureIdentity: Sendable, Hashable {
    /// The cell that is the sum.
    public let total: Int
    /// The cells that are summed.
    public let parts: [Int]
    /// A known constant added to the sum of the parts (0 when the total is exactly the sum).
    public let offset: Int

    /// Creates the identity value[total] = Σ value[parts] + offset.
    public init(total: Int, parts: [Int], offset: Int = 0) {
        self.total = total
        self.parts = parts
        self.offset = offset
    }
}
