/// A horizontal bar chart of areas, sorted by value, with 95% intervals and the benchmark as a
/// vertical line; each bar carries its comparison's colour and shape.
struct BarChart: Sendable {
    /// An id unique on the page (for the title's `aria-labelledby`).
    let id: String
    /// The chart's title.
    let title: String
    /// The bars, in the order shown.
    let points: [ChartPoint]
    /// The benchmark value and its label ("Leeds"), if any.
    let benchmark: (value: Double, label: String)?

    private static let width = 720.0
    private static let labelWidth = 210.0
    private static let row = 20.0
    private static let top = 34.0

    /// The SVG.
    var svg: HTML {
        let values = points.flatMap(\.extent) + (benchmark.map { [$0.value] } ?? [])
        let (domain, ticks) = SVG.niceDomain(values)
        let x = SVG.Scale(domain: domain, range: (Self.labelWidth + 22)...(Self.width - 12))
        let height = Self.top + Double(points.count) * Self.row + 24
        var body: HTML = .empty
        for tick in ticks {
            let px = x(tick)
            let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
            body.append(
                "<line x1=\"\(px)\" y1=\"\(Self.top - 4)\" x2=\"\(px)\" y2=\"\(height - 22)\" stroke=\"#d8d8d8\"/><text x=\"\(px)\" y=\"\(height - 8)\" text-anchor=\"middle\" fill=\"#333\">\(SVG.tickLabel(tick, step: step))</text>"
            )
        }
        let zero = x(max(domain.lowerBound, min(0, domain.upperBound)))
        for (i, point) in points.enumerated() {
            let y = Self.top + Double(i) * Self.row
            let mid = y + Self.row / 2
            body.append(
                "<text x=\"\(Self.labelWidth)\" y=\"\(mid + 4)\" text-anchor=\"end\" fill=\"#1a1a1a\">\(Self.clip(point.label))</text>"
            )
            body.append(
                Palette.marker(
                    point.palette.shape, x: Self.labelWidth + 10, y: mid, size: 10, fill: point.palette.fill))
            guard let value = point.value else {
                body.append(
                    "<text x=\"\(zero + 4)\" y=\"\(mid + 4)\" fill=\"#4a4a4a\" font-style=\"italic\">\(point.suppressed ? "suppressed" : "no value")</text>"
                )
                continue
            }
            let left = min(zero, x(value))
            body.append(
                "<rect x=\"\(left)\" y=\"\(y + 3)\" width=\"\(max(1, abs(x(value) - zero)))\" height=\"\(Self.row - 6)\" fill=\"\(point.palette.fill)\" stroke=\"#333\" stroke-width=\"0.7\"/>"
            )
            if let lower = point.lower, let upper = point.upper {
                body.append(Self.whisker(x1: x(lower), x2: x(upper), y: mid))
            }
        }
        if let benchmark {
            let px = x(benchmark.value)
            body.append(
                "<line x1=\"\(px)\" y1=\"\(Self.top - 6)\" x2=\"\(px)\" y2=\"\(height - 22)\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/><text x=\"\(px)\" y=\"\(Self.top - 12)\" text-anchor=\"middle\" font-weight=\"700\">\(benchmark.label): \(Format.number(benchmark.value))</text>"
            )
        }
        let description =
            "Bar chart of \(points.count) values with 95% confidence intervals"
            + (benchmark.map { " and the \($0.label) value as a dashed line" } ?? "")
            + ". The table below the chart lists every value."
        return ChartFrame.svg(
            id: id, width: Self.width, height: height, title: title, description: description, content: body)
    }

    /// An interval: a line with end caps.
    static func whisker(x1: Double, x2: Double, y: Double) -> HTML {
        """
        <path d="M\(x1) \(y)H\(x2)M\(x1) \(y - 5)V\(y + 5)M\(x2) \(y - 5)V\(y + 5)" stroke="#000" stroke-width="1.4" fill="none"/>
        """
    }

    /// A label cut to fit the label column.
    static func clip(_ text: String) -> String { text.count > 30 ? String(text.prefix(29)) + "…" : text }
}
