/// One row of an area profile's spine chart: the range of values across areas of the same kind
/// (worst to best, with the middle half darker), the city's value as the centre line, and the area's
/// value as a marker in its comparison's colour and shape. Better is always to the right (for
/// indicators without a polarity, higher is to the right).
struct SpineChart: Sendable {
    /// The lowest and highest values across areas of the kind, and the quartiles.
    let minimum: Double
    let lowerQuartile: Double
    let upperQuartile: Double
    let maximum: Double
    /// The city's value (the centre line), if any.
    let centre: Double?
    /// The area's value and style.
    let point: ChartPoint
    /// Whether lower values are better (drawn mirrored so that better is to the right).
    let lowerIsBetter: Bool
    /// The row's title ("Adults who smoke: Armley 20.1 against a range of 9.8 to 24.3").
    let title: String

    static let width = 260.0
    static let height = 22.0

    /// The SVG of the row.
    var svg: HTML {
        let centre = centre ?? (minimum + maximum) / 2
        let half = max(
            abs(maximum - centre), abs(centre - minimum), abs((point.value ?? centre) - centre), 1e-9)
        let mid = Self.width / 2
        func x(_ v: Double) -> Double {
            let offset = (v - centre) / half * (mid - 8)
            return lowerIsBetter ? mid - offset : mid + offset
        }
        let (a, b) = (x(minimum), x(maximum))
        let (q1, q3) = (x(lowerQuartile), x(upperQuartile))
        var body: HTML =
            "<rect x=\"\(min(a, b))\" y=\"5\" width=\"\(max(1, abs(b - a)))\" height=\"12\" fill=\"#D9D9D9\"/><rect x=\"\(min(q1, q3))\" y=\"5\" width=\"\(max(1, abs(q3 - q1)))\" height=\"12\" fill=\"#8C8C8C\"/><line x1=\"\(mid)\" y1=\"1\" x2=\"\(mid)\" y2=\"21\" stroke=\"#000\" stroke-width=\"2\"/>"
        if let value = point.value {
            body.append(
                Palette.marker(point.palette.shape, x: x(value), y: 11, size: 11, fill: point.palette.fill))
        }
        return """
            <svg viewBox="0 0 \(Self.width) \(Self.height)" width="\(Self.width)" height="\(Self.height)" role="img" \
            aria-label="\(title)">\(body)</svg>
            """
    }
}
