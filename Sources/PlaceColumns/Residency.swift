/// Who counts as a resident of the place on a day: born on or before it, not dead by it, and
/// registered here on it (from `registered_from` to `registered_to`, both included, an empty end
/// open). The one rule the indicator engine, the population engine and the projection share.
package enum Residency {
    /// Whether a person born on day `birth`, dead on day `death` (`Int32.max` when alive) and
    /// registered from day `from` to day `to` is a resident on `day`.
    @inline(__always)
    package static func present(birth: Int32, death: Int32, from: Int32, to: Int32, on day: Int32) -> Bool {
        birth <= day && death > day && from <= day && to >= day
    }
}
