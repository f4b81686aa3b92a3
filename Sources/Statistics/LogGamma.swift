#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// ln Γ(x) for x > 0, from the C library (one name on every platform).
func logGamma(_ x: Double) -> Double {
    lgamma(x)
}
