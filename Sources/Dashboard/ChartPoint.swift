/// One value as a chart draws it: a label, the value and its 95% interval, whether it is suppressed,
/// and its comparison style.
struct ChartPoint: Sendable {
    /// The label (an area name, a decile, a period).
    let label: String
    /// The value; nil when suppressed or not computed.
    let value: Double?
    /// 95% lower limit.
    let lower: Double?
    /// 95% upper limit.
    let upper: Double?
    /// Whether the value is withheld.
    let suppressed: Bool
    /// How it compares with the benchmark.
    let palette: Palette
    /// A weight (the population, for the deprivation chart's bar widths).
    let weight: Double?

    init(
        label: String, value: Double?, lower: Double? = nil, upper: Double? = nil, suppressed: Bool = false,
        palette: Palette = .of(nil), weight: Double? = nil
    ) {
        self.label = label
        self.suppressed = suppressed
        self.value = suppressed ? nil : value
        self.lower = suppressed ? nil : lower
        self.upper = suppressed ? nil : upper
        self.palette = palette
        self.weight = weight
    }

    /// Every finite number the point shows (for a chart's domain).
    var extent: [Double] { [value, lower, upper].compactMap { $0 }.filter(\.isFinite) }
}

/// The accessible frame every chart shares: an `svg` with role `img`, a title and a description.
enum ChartFrame {
    /// Wraps `content` in an SVG of the given size, labelled by `title` and `description`.
    static func svg(
        id: String, width: Double, height: Double, title: String, description: String, content: HTML
    )
        -> HTML
    {
        """
        <svg viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)"\(width >= 600 ? HTML(raw: " class=\"wide\"") : HTML.empty) role="img" \
        aria-labelledby="\(id)-t \(id)-d" font-family="system-ui,Arial,sans-serif" font-size="12">\
        <title id="\(id)-t">\(title)</title><desc id="\(id)-d">\(description)</desc>\(content)</svg>
        """
    }
}
