/// Value by deprivation decile (1 = most deprived 10% of England) with 95% intervals, each bar as
/// wide as its share of the population, and the slope index of inequality drawn as a line across
/// the population ranked from most to least deprived.
struct DeprivationChart: Sendable {
    /// An id unique on the page.
    let id: String
    /// The title.
    let title: String
    /// One point per decile, most deprived first; `weight` is its population.
    let deciles: [ChartPoint]
    /// The slope index of inequality (the change in value from the most to the least deprived end).
    let sii: Double?

    private static let width = 720.0
    private static let height = 300.0
    private static let left = 64.0
    private static let bottom = 240.0

    /// The SVG.
    var svg: HTML {
        let values = deciles.flatMap(\.extent)
        let (domain, ticks) = SVG.niceDomain(values)
        let y = SVG.Scale(domain: domain, range: 16...Self.bottom, inverted: true)
        let total = deciles.reduce(0) { $0 + max(0, $1.weight ?? 0) }
        let even = total <= 0
        let plotWidth = Self.width - Self.left - 12
        var body: HTML = .empty
        let tickStep = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        for tick in ticks {
            body.append(
                "<line x1=\"\(Self.left)\" y1=\"\(y(tick))\" x2=\"\(Self.width - 6)\" y2=\"\(y(tick))\" stroke=\"#d8d8d8\"/><text x=\"\(Self.left - 6)\" y=\"\(y(tick) + 4)\" text-anchor=\"end\" fill=\"#333\">\(SVG.tickLabel(tick, step: tickStep))</text>"
            )
        }
        var cumulative = 0.0
        var weightedSum = 0.0
        var weightShown = 0.0
        for point in deciles {
            let share = even ? 1 / Double(max(1, deciles.count)) : max(0, point.weight ?? 0) / total
            let x0 = Self.left + cumulative * plotWidth
            let w = share * plotWidth
            cumulative += share
            let mid = x0 + w / 2
            if w >= 14 {
                body.append(
                    "<text x=\"\(mid)\" y=\"\(Self.bottom + 16)\" text-anchor=\"middle\">\(point.label)</text>"
                )
            }
            guard let value = point.value else {
                if w >= 14 {
                    body.append(
                        "<text x=\"\(mid)\" y=\"\(Self.bottom - 6)\" text-anchor=\"middle\" font-size=\"10\" fill=\"#4a4a4a\">\(point.suppressed ? "supp." : "–")</text>"
                    )
                }
                continue
            }
            weightedSum += value * share
            weightShown += share
            let top = min(y(value), y(max(domain.lowerBound, 0)))
            body.append(
                "<rect x=\"\(x0 + 1)\" y=\"\(top)\" width=\"\(max(1, w - 2))\" height=\"\(max(1, abs(y(value) - y(max(domain.lowerBound, 0)))))\" fill=\"#9DBAD5\" stroke=\"#1a1a1a\" stroke-width=\"0.8\"/>"
            )
            if let lower = point.lower, let upper = point.upper {
                body.append(
                    "<path d=\"M\(mid) \(y(lower))V\(y(upper))M\(mid - 4) \(y(lower))H\(mid + 4)M\(mid - 4) \(y(upper))H\(mid + 4)\" stroke=\"#000\" stroke-width=\"1.4\"/>"
                )
            }
        }
        if let sii, weightShown > 0 {
            // The fitted line passes through the population-weighted mean at the middle rank.
            let mean = weightedSum / weightShown
            let y0 = mean - sii / 2
            let y1 = mean + sii / 2
            body.append(
                "<line x1=\"\(Self.left)\" y1=\"\(y(y0))\" x2=\"\(Self.left + plotWidth)\" y2=\"\(y(y1))\" stroke=\"#C04E00\" stroke-width=\"2.5\" stroke-dasharray=\"8 4\"/>"
            )
            body.append(
                "<text x=\"\(Self.width - 12)\" y=\"\(min(y(y1), y(y0)) - 6)\" text-anchor=\"end\" fill=\"#8a3700\" font-weight=\"700\">Slope index: \(Format.number(sii))</text>"
            )
        }
        body.append(
            "<text x=\"\(Self.left)\" y=\"\(Self.height - 16)\" fill=\"#333\">← most deprived · IMD decile (bar width = share of population) · least deprived →</text>"
        )
        return ChartFrame.svg(
            id: id, width: Self.width, height: Self.height, title: title,
            description:
                "Bars of the value in each national deprivation decile with 95% confidence intervals"
                + (sii == nil ? "" : ", and the slope index of inequality as a dashed line")
                + ". The table below lists every value.",
            content: body)
    }
}
