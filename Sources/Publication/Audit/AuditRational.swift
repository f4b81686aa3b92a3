import BigInt

/// The `BigInt` numerator and denominator of a rational that does not fit in machine words.
final class AuditWideFraction: Sendable {
    /// The numerator.
    let numerator: BigInt
    /// The denominator: positive and coprime to the numerator.
    let denominator: BigInt

    /// Wraps an already reduced fraction.
    init(numerator: BigInt, denominator: BigInt) {
        self.numerator = numerator
        self.denominator = denominator
    }
}

/// An exact rational number for the disclosure audit.
///
/// It keeps a machine-word numerator and denominator while they fit and moves to `BigInt` only when an
/// operation would overflow, returning to machine words as soon as a result fits again. Values are always
/// reduced, with a positive denominator, so equal numbers have equal representations.
struct AuditRational: Equatable, Comparable, CustomStringConvertible {
    /// The numerator while `wide` is nil (never `Int.min`).
    let num: Int
    /// The positive denominator while `wide` is nil.
    let den: Int
    /// The value when it does not fit in machine words.
    let wide: AuditWideFraction?

    /// Zero.
    static let zero = AuditRational(raw: 0, 1)
    /// One.
    static let one = AuditRational(raw: 1, 1)

    /// Stores an already reduced machine-word fraction.
    init(raw num: Int, _ den: Int) {
        self.num = num
        self.den = den
        self.wide = nil
    }

    /// Stores an already reduced wide fraction.
    private init(wide: AuditWideFraction) {
        self.num = 0
        self.den = 1
        self.wide = wide
    }

    /// The integer `value`.
    init(_ value: Int) {
        self = value == .min ? .reduced(BigInt(value), 1) : AuditRational(raw: value, 1)
    }

    /// The reduced fraction `n / d` (d ≠ 0).
    static func reduced(_ n: Int, _ d: Int) -> AuditRational {
        precondition(d != 0, "zero denominator")
        if n == .min || d == .min { return reduced(BigInt(n), BigInt(d)) }
        let (n, d) = d < 0 ? (-n, -d) : (n, d)
        let g = gcd(n, d)
        return AuditRational(raw: n / g, d / g)
    }

    /// The reduced fraction `n / d` (d ≠ 0), in machine words when it fits.
    static func reduced(_ n: BigInt, _ d: BigInt) -> AuditRational {
        precondition(d != 0, "zero denominator")
        var (n, d) = d < 0 ? (-n, -d) : (n, d)
        let g = n.greatestCommonDivisor(with: d)
        if g != 1 {
            n /= g
            d /= g
        }
        if let small = Int(exactly: n), small != .min, let smallDen = Int(exactly: d) {
            return AuditRational(raw: small, smallDen)
        }
        return AuditRational(wide: AuditWideFraction(numerator: n, denominator: d))
    }

    /// The greatest common divisor of two machine words, neither `Int.min` (gcd(0, 0) = 1).
    static func gcd(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (abs(a), abs(b))
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }

    /// The numerator as a `BigInt`.
    var bigNumerator: BigInt { wide?.numerator ?? BigInt(num) }
    /// The denominator as a `BigInt`.
    var bigDenominator: BigInt { wide?.denominator ?? BigInt(den) }
    /// True for zero.
    var isZero: Bool { wide == nil && num == 0 }
    /// -1, 0 or 1 by sign.
    var signum: Int {
        guard let w = wide else { return num.signum() }
        return w.numerator.signum() > 0 ? 1 : -1
    }

    /// The greatest integer not above the value.
    var floor: BigInt {
        let (q, r) = bigNumerator.quotientAndRemainder(dividingBy: bigDenominator)
        return r < 0 ? q - 1 : q
    }

    /// The least integer not below the value.
    var ceiling: BigInt {
        let (q, r) = bigNumerator.quotientAndRemainder(dividingBy: bigDenominator)
        return r > 0 ? q + 1 : q
    }

    /// "n" or "n/d".
    var description: String {
        let d = bigDenominator
        return d == 1 ? "\(bigNumerator)" : "\(bigNumerator)/\(d)"
    }

    static func == (a: AuditRational, b: AuditRational) -> Bool {
        switch (a.wide, b.wide) {
        case (nil, nil): return a.num == b.num && a.den == b.den
        case let (x?, y?): return x.numerator == y.numerator && x.denominator == y.denominator
        default: return false
        }
    }

    static func < (a: AuditRational, b: AuditRational) -> Bool {
        if a.wide == nil && b.wide == nil {
            if a.den == b.den { return a.num < b.num }
            let (l, o1) = a.num.multipliedReportingOverflow(by: b.den)
            let (r, o2) = b.num.multipliedReportingOverflow(by: a.den)
            if !o1 && !o2 { return l < r }
        }
        return a.bigNumerator * b.bigDenominator < b.bigNumerator * a.bigDenominator
    }
}
