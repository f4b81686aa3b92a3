import Scenarios

/// A fan chart of a scenario measure over the years: for each scenario, the band from the 10th to
/// the 90th percentile of its runs and the median as a line. A SYNTHETIC label when the data are.
struct FanChart: Sendable {
    /// One scenario's fan.
    struct Fan: Sendable {
        let label: String
        let p10: [Double?]
        let p50: [Double?]
        let p90: [Double?]
    }

    /// An id unique on the page.
    let id: String
    /// The title.
    let title: String
    /// The measure (for its numbers).
    let measure: ScenarioMeasure
    /// The years along the axis.
    let years: [Int]
    /// The fans, first drawn first.
    let fans: [Fan]
    /// Whether to label the chart SYNTHETIC.
    let synthetic: Bool

    private static let width = 640.0
    private static let height = 230.0
    private static let left = 78.0
    private static let colours = ["#1d70b8", "#d4351c", "#00703c", "#6f72af"]

    /// The SVG.
    var svg: HTML {
        let values = fans.flatMap { ($0.p10 + $0.p90 + $0.p50).compactMap { $0 } }
        let (domain, ticks) = SVG.niceDomain(values.isEmpty ? [0, 1] : values, includeZero: false)
        let y = SVG.Scale(domain: domain, range: 20...(Self.height - 34), inverted: true)
        let step = years.count > 1 ? (Self.width - Self.left - 20) / Double(years.count - 1) : 0
        func x(_ i: Int) -> Double { Self.left + Double(i) * step }
        var body: HTML = .empty
        let tickStep = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        for tick in ticks {
            body.append(
                "<line x1=\"\(Self.left)\" y1=\"\(y(tick))\" x2=\"\(Self.width - 20)\" y2=\"\(y(tick))\" stroke=\"#e0e0e0\"/><text x=\"\(Self.left - 6)\" y=\"\(y(tick) + 4)\" text-anchor=\"end\" fill=\"#333\">\(tickLabelText(tick, tickStep))</text>"
            )
        }
        for (i, year) in years.enumerated() where i % max(1, years.count / 6) == 0 || i == years.count - 1 {
            body.append(
                "<text x=\"\(x(i))\" y=\"\(Self.height - 14)\" text-anchor=\"middle\" fill=\"#333\">\(year)</text>"
            )
        }
        for (f, fan) in fans.enumerated() {
            let colour = Self.colours[f % Self.colours.count]
            let band =
                fan.p90.indices.compactMap { i in fan.p90[i].map { (x(i), y($0)) } }
                + fan.p10.indices.reversed().compactMap { i in fan.p10[i].map { (x(i), y($0)) } }
            let points = band.map { "\(SVG.number($0.0)),\(SVG.number($0.1))" }.joined(separator: " ")
            body.append(
                "<polygon points=\"\(points)\" fill=\"\(colour)\" fill-opacity=\"0.18\" stroke=\"none\"/>")
            let line = fan.p50.indices.compactMap { i in
                fan.p50[i].map { "\(SVG.number(x(i))),\(SVG.number(y($0)))" }
            }
            body.append(
                "<polyline points=\"\(line.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
            )
        }
        let legend = fans.enumerated().map { f, fan -> HTML in
            let colour = Self.colours[f % Self.colours.count]
            return
                "<li><span class=\"swatch\" style=\"background:\(colour)\"></span>\(fan.label): median, and 10th to 90th percentile of the runs</li>"
        }
        let label: HTML = synthetic ? " <strong class=\"synthetic-tag\">SYNTHETIC</strong>" : .empty
        return """
            <figure class="chart"><figcaption id="\(id)">\(title)\(label)</figcaption>\
            <svg viewBox="0 0 \(Self.width) \(Self.height)" width="\(Self.width)" height="\(Self.height)" role="img" \
            aria-labelledby="\(id)">\(body)</svg><ul class="legend">\(legend)</ul></figure>
            """
    }

    /// A tick's label: money in £m, else the axis's own.
    private func tickLabelText(_ value: Double, _ step: Double) -> String {
        measure.isMoney
            ? "£" + SVG.tickLabel(value / 1_000_000, step: step / 1_000_000) + "m"
            : SVG.tickLabel(value, step: step)
    }
}
