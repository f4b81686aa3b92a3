/// Small helpers shared by the SVG charts: number formatting, linear scales and nice axis ticks.
enum SVG {
    /// A coordinate to one decimal place, without a trailing ".0" or a negative zero.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        if tenths == 0 { return "0" }
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return magnitude % 10 == 0
            ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// Maps a domain onto a range of pixels.
    struct Scale: Sendable {
        let domain: ClosedRange<Double>
        let range: ClosedRange<Double>
        /// Whether larger values map to smaller pixels (a vertical axis).
        let inverted: Bool

        init(domain: ClosedRange<Double>, range: ClosedRange<Double>, inverted: Bool = false) {
            self.domain =
                domain.lowerBound == domain.upperBound
                ? (domain.lowerBound - 1)...(domain.upperBound + 1) : domain
            self.range = range
            self.inverted = inverted
        }

        /// The pixel position of `value`.
        func callAsFunction(_ value: Double) -> Double {
            let t = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
            let u = inverted ? 1 - t : t
            return range.lowerBound + u * (range.upperBound - range.lowerBound)
        }
    }

    /// A domain that includes zero when the values are all of one sign and not far from it,
    /// widened to nice tick values; and the ticks.
    static func niceDomain(_ values: [Double], includeZero: Bool = true) -> (ClosedRange<Double>, [Double]) {
        let finite = values.filter(\.isFinite)
        guard var low = finite.min(), var high = finite.max() else { return (0...1, [0, 0.5, 1]) }
        if includeZero { low = min(low, 0); high = max(high, 0) }
        if low == high { low -= 1; high += 1 }
        let step = niceStep((high - low) / 4)
        let start = (low / step).rounded(.down) * step
        let end = (high / step).rounded(.up) * step
        var ticks: [Double] = []
        var tick = start
        while tick <= end + step / 2 {
            ticks.append(abs(tick) < step / 1e6 ? 0 : tick)
            tick += step
        }
        return (start...end, ticks)
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        while power > raw { power /= 10 }
        for multiple in [1.0, 2, 5, 10] where power * multiple >= raw { return power * multiple }
        return power * 10
    }

    /// A tick label: no decimals for whole numbers, else as few as show the step.
    static func tickLabel(_ value: Double, step: Double) -> String {
        Format.number(value, decimals: step >= 1 ? 0 : step >= 0.1 ? 1 : 2)
    }
}
