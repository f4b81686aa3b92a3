/// A small trend line for the scorecard: the values oldest first, the 95% band shaded, the latest
/// value marked. Its title states the first and last values in words.
struct Sparkline: Sendable {
    /// An id unique on the page.
    let id: String
    /// What it shows, for its title ("Adults who smoke, 2014 to 2023").
    let title: String
    /// The points, oldest first (labels are periods).
    let points: [ChartPoint]

    private static let width = 110.0
    private static let height = 30.0

    /// The SVG, or a dash when fewer than two values are shown.
    var svg: HTML {
        let shown = points.enumerated().filter { $0.element.value != nil }
        guard shown.count >= 2, let first = shown.first?.element, let last = shown.last?.element else {
            return "<span class=\"muted\">–</span>"
        }
        let values = points.flatMap(\.extent)
        let y = SVG.Scale(
            domain: (values.min() ?? 0)...(values.max() ?? 1), range: 3...(Self.height - 3), inverted: true)
        let step = (Self.width - 8) / Double(max(1, points.count - 1))
        func x(_ i: Int) -> Double { 4 + Double(i) * step }
        var band: [String] = []
        var back: [String] = []
        for (i, p) in shown {
            if let upper = p.upper { band.append("\(SVG.number(x(i))) \(SVG.number(y(upper)))") }
            if let lower = p.lower { back.insert("\(SVG.number(x(i))) \(SVG.number(y(lower)))", at: 0) }
        }
        var body: HTML = .empty
        if band.count == shown.count, back.count == shown.count {
            body.append("<path d=\"M\(HTML(raw: (band + back).joined(separator: "L")))Z\" fill=\"#cfe0ef\"/>")
        }
        let line = shown.map { "\(SVG.number(x($0.offset))) \(SVG.number(y($0.element.value!)))" }
        body.append(
            "<path d=\"M\(HTML(raw: line.joined(separator: "L")))\" fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"1.6\"/>"
        )
        if let (i, p) = shown.last {
            body.append(
                Palette.marker(p.palette.shape, x: x(i), y: y(p.value!), size: 8, fill: p.palette.fill))
        }
        let words =
            "\(title): \(Format.number(first.value)) in \(first.label), \(Format.number(last.value)) in \(last.label)"
        return ChartFrame.svg(
            id: id, width: Self.width, height: Self.height, title: words,
            description: "Trend line with its 95% confidence band; the latest value is marked.", content: body
        )
    }
}
