import BigInt

/// Exact arithmetic: machine words with overflow checks first, `BigInt` when they overflow.
extension AuditRational {
    /// x × y, or nil when it overflows (or lands on `Int.min`).
    private static func mul(_ x: Int, _ y: Int) -> Int? {
        let (p, o) = x.multipliedReportingOverflow(by: y)
        return o || p == .min ? nil : p
    }

    /// x + y, or nil when it overflows (or lands on `Int.min`).
    private static func add(_ x: Int, _ y: Int) -> Int? {
        let (s, o) = x.addingReportingOverflow(y)
        return o || s == .min ? nil : s
    }

    /// a/b + c/d in machine words (Knuth's method), or nil on overflow.
    private static func smallSum(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> AuditRational? {
        let g = gcd(b, d)
        if g == 1 {
            guard let ad = mul(a, d), let cb = mul(c, b), let t = add(ad, cb), let bd = mul(b, d) else {
                return nil
            }
            return t == 0 ? .zero : AuditRational(raw: t, bd)
        }
        guard let ad = mul(a, d / g), let cb = mul(c, b / g), let t = add(ad, cb) else { return nil }
        if t == 0 { return .zero }
        let g2 = gcd(t, g)
        guard let den = mul(b / g, d / g2) else { return nil }
        return AuditRational(raw: t / g2, den)
    }

    /// a/b × c/d in machine words (cross-cancelled), or nil on overflow.
    private static func smallProduct(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> AuditRational? {
        if a == 0 || c == 0 { return .zero }
        let g1 = gcd(a, d)
        let g2 = gcd(c, b)
        guard let n = mul(a / g1, c / g2), let den = mul(b / g2, d / g1) else { return nil }
        return AuditRational(raw: n, den)
    }

    static func + (x: AuditRational, y: AuditRational) -> AuditRational {
        if x.wide == nil && y.wide == nil {
            if x.den == 1 && y.den == 1, let s = add(x.num, y.num) { return AuditRational(raw: s, 1) }
            if let s = smallSum(x.num, x.den, y.num, y.den) { return s }
        }
        let (a, b, c, d) = (x.bigNumerator, x.bigDenominator, y.bigNumerator, y.bigDenominator)
        return reduced(a * d + c * b, b * d)
    }

    static prefix func - (x: AuditRational) -> AuditRational {
        guard let w = x.wide else { return AuditRational(raw: -x.num, x.den) }
        return reduced(-w.numerator, w.denominator)
    }

    static func - (x: AuditRational, y: AuditRational) -> AuditRational { x + -y }

    static func * (x: AuditRational, y: AuditRational) -> AuditRational {
        if x.wide == nil && y.wide == nil {
            if x.den == 1 && y.den == 1, let p = mul(x.num, y.num) { return AuditRational(raw: p, 1) }
            if let p = smallProduct(x.num, x.den, y.num, y.den) { return p }
        }
        return reduced(x.bigNumerator * y.bigNumerator, x.bigDenominator * y.bigDenominator)
    }

    /// The reciprocal (the value must not be zero).
    var reciprocal: AuditRational {
        precondition(!isZero, "division by zero")
        guard let w = wide else {
            return num < 0 ? AuditRational(raw: -den, -num) : AuditRational(raw: den, num)
        }
        return AuditRational.reduced(w.denominator, w.numerator)
    }

    static func / (x: AuditRational, y: AuditRational) -> AuditRational { x * y.reciprocal }

    /// self − f × x: the elimination step, with a fast path for machine-word integers.
    func subtractingProduct(_ f: AuditRational, _ x: AuditRational) -> AuditRational {
        if wide == nil && f.wide == nil && x.wide == nil && den == 1 && f.den == 1 && x.den == 1 {
            let (p, o1) = f.num.multipliedReportingOverflow(by: x.num)
            if !o1 {
                let (s, o2) = num.subtractingReportingOverflow(p)
                if !o2 && s != .min { return AuditRational(raw: s, 1) }
            }
        }
        return self - f * x
    }
}
