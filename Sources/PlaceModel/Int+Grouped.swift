extension Int {
    /// The number with thousands separators ("1,234,567"), negative numbers led by `minus`.
    public func grouped(minus: String = "-") -> String {
        let digits = String(magnitude)
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3)
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (self < 0 ? minus : "") + out
    }
}
