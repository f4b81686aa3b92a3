import PlaceModel
/// Numbers as the pages show them: thousands separated, a fixed number of decimals, a dash for none.
enum Format {
    /// `value` with `decimals` decimal places and thousands separators ("12,345.6"); "–" for nil.
    static func number(_ value: Double?, decimals: Int = 1) -> String {
        guard let value, value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        var text = grouped(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: max(0, decimals - digits.count)) + digits
        }
        return (value < 0 && scaled > 0 ? "−" : "") + text
    }

    /// A count: no decimals ("1,234").
    static func count(_ value: Double?) -> String { number(value, decimals: 0) }

    /// A value with its 95% interval: "12.3 (10.1 to 14.6)"; "suppressed" when withheld.
    static func valueWithInterval(_ value: Double?, _ lower: Double?, _ upper: Double?, suppressed: Bool)
        -> String
    {
        if suppressed { return "suppressed" }
        guard let value else { return "–" }
        guard let lower, let upper else { return number(value) }
        return "\(number(value)) (\(number(lower)) to \(number(upper)))"
    }

    /// Whole numbers with thousands separators.
    static func grouped(_ value: Int) -> String { value.grouped(minus: "−") }

    /// A plain decimal for machine-readable output (CSV): up to 6 significant decimals, no grouping.
    static func plain(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// An ISO 8601 time (`2026-11-24T04:51:36Z`) for people: "24 Nov 2026, 04:51 UTC"; other text as it is.
    static func timestamp(_ iso: String) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let parts = iso.split(whereSeparator: { "-T:Z".contains($0) }).map(String.init)
        guard parts.count >= 5, let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2])
        else {
            return iso
        }
        return
            "\(day) \(months[month - 1]) \(parts[0]), \(parts[3]):\(parts[4])\(iso.hasSuffix("Z") ? " UTC" : "")"
    }
}
