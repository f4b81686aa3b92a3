/// The trend chart of an indicator page: one line per series (Leeds, deprived Leeds, the rest) over
/// the periods, each with its 95% band, told apart by line style and marker shape as well as colour.
struct TrendChart: Sendable {
    /// One line.
    struct Series: Sendable {
        /// Its name ("Deprived Leeds").
        let name: String
        /// Its values, one per period (in `periods` order), nil where there is none.
        let points: [ChartPoint]
    }

    /// An id unique on the page.
    let id: String
    /// The title.
    let title: String
    /// The period labels, oldest first.
    let periods: [String]
    /// The lines.
    let series: [Series]

    /// Line colour, dash pattern and marker shape per series, in order (contrast ≥ 3:1 on white).
    static let styles: [(colour: String, dash: String, shape: Palette.Shape)] = [
        ("#1a1a1a", "", .circle), ("#C04E00", "7 4", .up), ("#0072B2", "2 3", .down),
    ]

    private static let width = 720.0
    private static let height = 300.0
    private static let left = 64.0
    private static let bottom = 250.0

    /// The SVG.
    var svg: HTML {
        let values = series.flatMap { $0.points.flatMap(\.extent) }
        let (domain, ticks) = SVG.niceDomain(values, includeZero: false)
        let y = SVG.Scale(domain: domain, range: 20...Self.bottom, inverted: true)
        let step = (Self.width - Self.left - 50) / Double(max(1, periods.count - 1))
        func x(_ i: Int) -> Double { Self.left + 10 + Double(i) * step }
        var body: HTML = .empty
        let tickStep = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        for tick in ticks {
            body.append(
                "<line x1=\"\(Self.left)\" y1=\"\(y(tick))\" x2=\"\(Self.width - 6)\" y2=\"\(y(tick))\" stroke=\"#d8d8d8\"/><text x=\"\(Self.left - 6)\" y=\"\(y(tick) + 4)\" text-anchor=\"end\" fill=\"#333\">\(SVG.tickLabel(tick, step: tickStep))</text>"
            )
        }
        let every = max(1, Int((Double(periods.count) / 8).rounded(.up)))
        for (i, period) in periods.enumerated() where i % every == 0 || i == periods.count - 1 {
            body.append(
                "<text x=\"\(x(i))\" y=\"\(Self.bottom + 18)\" text-anchor=\"middle\" fill=\"#333\">\(period)</text>"
            )
        }
        for (s, line) in series.enumerated() {
            let style = Self.styles[s % Self.styles.count]
            let shown = line.points.enumerated().filter { $0.element.value != nil }
            let upper = shown.compactMap { p in
                p.element.upper.map { "\(SVG.number(x(p.offset))) \(SVG.number(y($0)))" }
            }
            let lower = shown.compactMap { p in
                p.element.lower.map { "\(SVG.number(x(p.offset))) \(SVG.number(y($0)))" }
            }
            if upper.count == shown.count, lower.count == shown.count, shown.count >= 2 {
                body.append(
                    "<path d=\"M\(HTML(raw: (upper + lower.reversed()).joined(separator: "L")))Z\" fill=\"\(style.colour)\" fill-opacity=\"0.12\"/>"
                )
            }
            let path = shown.map { "\(SVG.number(x($0.offset))) \(SVG.number(y($0.element.value!)))" }
            if path.count >= 2 {
                body.append(
                    "<path d=\"M\(HTML(raw: path.joined(separator: "L")))\" fill=\"none\" stroke=\"\(style.colour)\" stroke-width=\"2.2\" stroke-dasharray=\"\(style.dash)\"/>"
                )
            }
            for (i, p) in shown {
                body.append(Palette.marker(style.shape, x: x(i), y: y(p.value!), size: 8, fill: style.colour))
            }
            let lx = Self.left + Double(s) * 200
            body.append(
                "<line x1=\"\(lx)\" y1=\"\(Self.height - 12)\" x2=\"\(lx + 30)\" y2=\"\(Self.height - 12)\" stroke=\"\(style.colour)\" stroke-width=\"2.2\" stroke-dasharray=\"\(style.dash)\"/>"
            )
            body.append(
                Palette.marker(style.shape, x: lx + 15, y: Self.height - 12, size: 8, fill: style.colour))
            body.append("<text x=\"\(lx + 36)\" y=\"\(Self.height - 8)\">\(line.name)</text>")
        }
        let names = series.map(\.name).joined(separator: ", ")
        return ChartFrame.svg(
            id: id, width: Self.width, height: Self.height, title: title,
            description:
                "Line chart over \(periods.count) periods of \(names), each with a shaded 95% confidence band. The table below lists every value.",
            content: body)
    }
}
