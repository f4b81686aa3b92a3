import Statistics

/// How a comparison with the benchmark looks: a colour safe for people who cannot tell red from
/// green (blue and orange, from the Okabe–Ito palette), always with a shape and a word.
struct Palette: Sendable {
    /// The word shown ("Better").
    let word: String
    /// The CSS class of the badge (`cmp-better`).
    let cssClass: String
    /// The fill colour of chart marks.
    let fill: String
    /// A text colour with at least 4.5:1 contrast on `fill`.
    let ink: String
    /// The shape drawn with it.
    let shape: Shape

    /// Marker shapes, so that colour is never the only cue.
    enum Shape: String, Sendable {
        case up, down, circle, hollowUp, hollowDown, ring
    }

    /// The style of an assessment; nil means "not compared" (no benchmark, or suppressed).
    static func of(_ assessment: BenchmarkComparison.Assessment?) -> Palette {
        switch assessment {
        case .better:
            return Palette(
                word: "Better", cssClass: "cmp-better", fill: "#0072B2", ink: "#FFFFFF", shape: .up)
        case .worse:
            return Palette(
                word: "Worse", cssClass: "cmp-worse", fill: "#E69F00", ink: "#000000", shape: .down)
        case .similar:
            return Palette(
                word: "Similar", cssClass: "cmp-similar", fill: "#D4D4D4", ink: "#000000", shape: .circle)
        case .higher:
            return Palette(
                word: "Higher", cssClass: "cmp-higher", fill: "#C9B8E0", ink: "#000000", shape: .hollowUp)
        case .lower:
            return Palette(
                word: "Lower", cssClass: "cmp-lower", fill: "#5E3C99", ink: "#FFFFFF", shape: .hollowDown)
        case nil:
            return Palette(
                word: "Not compared", cssClass: "cmp-none", fill: "#FFFFFF", ink: "#000000", shape: .ring)
        }
    }

    /// Every style, for legends.
    static let all: [Palette] = [.better, .similar, .worse, .higher, .lower, nil].map(of)

    /// A small SVG marker of `shape` centred on (x, y), `size` pixels across.
    static func marker(_ shape: Shape, x: Double, y: Double, size: Double, fill: String) -> HTML {
        let r = size / 2
        switch shape {
        case .circle:
            return
                "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"\(r)\" fill=\"\(fill)\" stroke=\"#000\" stroke-width=\"1\"/>"
        case .ring:
            return
                "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"\(r)\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.5\"/>"
        case .up, .hollowUp:
            let paint = shape == .up ? fill : "#fff"
            return
                "<path d=\"M\(x) \(y - r)L\(x + r) \(y + r)L\(x - r) \(y + r)Z\" fill=\"\(paint)\" stroke=\"#000\" stroke-width=\"1\"/>"
        case .down, .hollowDown:
            let paint = shape == .down ? fill : "#fff"
            return
                "<path d=\"M\(x - r) \(y - r)L\(x + r) \(y - r)L\(x) \(y + r)Z\" fill=\"\(paint)\" stroke=\"#000\" stroke-width=\"1\"/>"
        }
    }

    /// An inline badge: shape, then word, in the style's colours (the page's text equivalent too).
    var badge: HTML {
        let icon = Palette.marker(
            shape, x: 6, y: 6.5, size: 10, fill: shape == .up || shape == .down ? ink : fill)
        return
            "<span class=\"badge \(cssClass)\"><svg class=\"icon\" width=\"12\" height=\"13\" aria-hidden=\"true\" focusable=\"false\">\(icon)</svg>\(word)</span>"
    }
}
