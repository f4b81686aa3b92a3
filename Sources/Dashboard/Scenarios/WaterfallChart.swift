import Scenarios

/// A waterfall from the baseline to the horizon: the baseline and horizon as whole bars, each step
/// between as a floating bar from the running total (up red, down green).
struct WaterfallChart: Sendable {
    /// An id unique on the page.
    let id: String
    /// The title.
    let title: String
    /// The measure (for its numbers).
    let measure: ScenarioMeasure
    /// The step names and values: the baseline, the changes, the horizon.
    let steps: [(String, Double)]
    /// Whether to label the chart SYNTHETIC.
    let synthetic: Bool

    private static let width = 640.0
    private static let height = 260.0
    private static let left = 78.0

    /// The SVG.
    var svg: HTML {
        var totals: [(Double, Double)] = []
        var running = 0.0
        for (i, step) in steps.enumerated() {
            if i == 0 || i == steps.count - 1 {
                totals.append((0, step.1))
                running = step.1
            } else {
                totals.append((running, running + step.1))
                running += step.1
            }
        }
        let (domain, ticks) = SVG.niceDomain(totals.flatMap { [$0.0, $0.1] })
        let y = SVG.Scale(domain: domain, range: 16...(Self.height - 58), inverted: true)
        let slot = (Self.width - Self.left - 10) / Double(max(1, steps.count))
        var body: HTML = .empty
        let tickStep = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        for tick in ticks {
            let label =
                measure.isMoney
                ? "£" + SVG.tickLabel(tick / 1_000_000, step: tickStep / 1_000_000) + "m"
                : SVG.tickLabel(tick, step: tickStep)
            body.append(
                "<line x1=\"\(Self.left)\" y1=\"\(y(tick))\" x2=\"\(Self.width - 10)\" y2=\"\(y(tick))\" stroke=\"#e0e0e0\"/><text x=\"\(Self.left - 6)\" y=\"\(y(tick) + 4)\" text-anchor=\"end\" fill=\"#333\">\(label)</text>"
            )
        }
        for (i, step) in steps.enumerated() {
            let (from, to) = totals[i]
            let whole = i == 0 || i == steps.count - 1
            let colour = whole ? "#505a5f" : step.1 > 0 ? "#d4351c" : "#00703c"
            let x = Self.left + Double(i) * slot + slot * 0.15
            let top = y(max(from, to))
            let height = max(1, abs(y(from) - y(to)))
            body.append(
                "<rect x=\"\(x)\" y=\"\(top)\" width=\"\(slot * 0.7)\" height=\"\(height)\" fill=\"\(colour)\"><title>\(step.0): \(measure.format(step.1))</title></rect>"
            )
            let words = step.0.split(separator: " ").map(String.init)
            for (line, word) in words.enumerated() {
                body.append(
                    "<text x=\"\(x + slot * 0.35)\" y=\"\(Self.height - 42 + Double(line) * 12)\" text-anchor=\"middle\" font-size=\"10\" fill=\"#333\">\(word)</text>"
                )
            }
        }
        let label: HTML = synthetic ? " <strong class=\"synthetic-tag\">SYNTHETIC</strong>" : .empty
        return """
            <figure class="chart"><figcaption id="\(id)">\(title)\(label)</figcaption>\
            <svg viewBox="0 0 \(Self.width) \(Self.height)" width="\(Self.width)" height="\(Self.height)" role="img" \
            aria-labelledby="\(id)">\(body)</svg></figure>
            """
    }
}
