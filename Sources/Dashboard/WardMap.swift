import Foundation

/// A hexagon tile map of the wards (boundaries are not available offline): one hexagon per ward,
/// coloured and marked by its comparison with the city, labelled with a short name, each a link to the
/// ward's profile with its full name, value and comparison as its title. The SVG is a labelled group
/// of links rather than an image.
struct WardMap: Sendable {
    /// One ward on the map.
    struct Tile: Sendable {
        let code: String
        let name: String
        let point: ChartPoint
    }

    /// An id unique on the page.
    let id: String
    /// The title.
    let title: String
    /// The wards to draw.
    let tiles: [Tile]
    /// Where they go.
    let layout: WardLayout

    private static let radius = 32.0

    /// The SVG.
    var svg: HTML {
        let w = 3.0.squareRoot() * Self.radius
        let placed = tiles.compactMap { tile in layout.cells[tile.code].map { (tile, $0) } }
        let columns = (placed.map(\.1.column).max() ?? 0) + 1
        let rows = (placed.map(\.1.row).max() ?? 0) + 1
        let width = Double(columns) * w + w / 2 + 8
        let height = Double(rows) * Self.radius * 1.5 + Self.radius / 2 + 8
        var body: HTML = .empty
        for (tile, cell) in placed {
            let cx = 4 + w / 2 + Double(cell.column) * w + (cell.row % 2 == 1 ? w / 2 : 0)
            let cy = 4 + Self.radius + Double(cell.row) * Self.radius * 1.5
            let corners = (0..<6).map { k -> String in
                let angle = Double.pi / 180 * (60 * Double(k) - 30)
                return
                    "\(SVG.number(cx + (Self.radius - 1) * cos(angle))) \(SVG.number(cy + (Self.radius - 1) * sin(angle)))"
            }
            let palette = tile.point.palette
            let value =
                tile.point.suppressed
                ? "suppressed"
                : Format.valueWithInterval(
                    tile.point.value, tile.point.lower, tile.point.upper, suppressed: false)
            let glyph = Palette.marker(
                palette.shape, x: cx, y: cy - 10, size: 11,
                fill: palette.shape == .up || palette.shape == .down ? palette.ink : palette.fill)
            body.append(
                """
                <a href="/areas/\(tile.code)"><title>\(tile.name): \(value); \(palette.word)</title>\
                <path d="M\(HTML(raw: corners.joined(separator: "L")))Z" fill="\(palette.fill)" stroke="#1a1a1a" stroke-width="1.2"/>\
                \(glyph)<text x="\(cx)" y="\(cy + 12)" text-anchor="middle" font-weight="700" fill="\(palette.ink)">\(cell.label)</text></a>
                """)
        }
        let description =
            "A hexagon for each of \(placed.count) wards, placed roughly as on a map, with its comparison shown by colour, by a shape and in its title. The table below lists every ward."
        // A group, not an image like the other charts: its hexagons are links, which an image's
        // children cannot be.
        return """
            <svg viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="group" \
            aria-labelledby="\(id)-t" aria-describedby="\(id)-d" font-family="system-ui,Arial,sans-serif" font-size="12">\
            <title id="\(id)-t">\(title)</title><desc id="\(id)-d">\(description)</desc>\(body)</svg>
            """
    }
}
