import Foundation
import PlacePack
import Testing

@testable import Dashboard

/// The pieces pages are made of: escaping, numbers, colours, scales, the ward map layout, parameters.
@Suite struct PresentationTests {
    @Test func interpolatedTextIsEscaped() {
        let name = "<script>alert('x')</script> & \"more\""
        let html: HTML = "<p title=\"\(name)\">\(name)</p>"
        #expect(!html.text.contains("<script>"))
        #expect(html.text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"))
        let inner: HTML = "<b>\("a<b")</b>"
        let outer: HTML = "<p>\(inner)</p>"
        #expect(outer.text == "<p><b>a&lt;b</b></p>")
    }

    @Test func numbersAreFormattedForPeople() {
        #expect(Format.number(1234.56) == "1,234.6")
        #expect(Format.number(-0.04) == "0.0")
        #expect(Format.number(-12.25, decimals: 2) == "−12.25")
        #expect(Format.number(nil) == "–")
        #expect(Format.count(1_000_000) == "1,000,000")
        #expect(Format.valueWithInterval(12.3, 10, 14.56, suppressed: false) == "12.3 (10.0 to 14.6)")
        #expect(Format.valueWithInterval(12.3, 10, 14.56, suppressed: true) == "suppressed")
        #expect(Format.plain(0.1) == "0.1" && Format.plain(3) == "3" && Format.plain(nil) == "")
    }

    /// WCAG 2 relative luminance of `#RRGGBB`.
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16)!
        let channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map { c -> Double in
            let s = Double(c) / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func comparisonColoursMeetWCAGAAAndNeverStandAlone() {
        var words = Set<String>()
        var shapes = Set<String>()
        for palette in Palette.all {
            #expect(Self.contrast(palette.fill, palette.ink) >= 4.5, "\(palette.word) text on its colour")
            words.insert(palette.word)
            shapes.insert(palette.shape.rawValue)
            #expect(palette.badge.text.contains(palette.word))
        }
        #expect(words.count == Palette.all.count && shapes.count == Palette.all.count)
        for line in TrendChart.styles {
            #expect(Self.contrast(line.colour, "#FFFFFF") >= 3, "trend line \(line.colour)")
        }
        #expect(Self.contrast("#1a1a1a", "#FFFFFF") >= 4.5)
        #expect(Self.contrast("#4a4a4a", "#FFFFFF") >= 4.5, "muted text")
        #expect(Self.contrast("#0b4f8a", "#FFFFFF") >= 4.5, "links")
        #expect(Self.contrast("#1a1a1a", "#fff1c2") >= 4.5, "the SYNTHETIC banner")
        #expect(Self.contrast("#0b4f8a", "#f3f3f3") >= 4.5, "links on table headers")
    }

    @Test func axesHaveNiceTicks() {
        let (domain, ticks) = SVG.niceDomain([3.2, 17.9])
        #expect(domain.lowerBound == 0 && domain.upperBound >= 17.9)
        #expect(ticks.first == 0 && ticks.count >= 3 && ticks.count <= 7)
        #expect(SVG.niceStep(3.7) == 5 && SVG.niceStep(0.012) == 0.02)
        #expect(SVG.number(-0.04) == "0" && SVG.number(12.25) == "12.3" && SVG.number(7) == "7")
    }

    @Test func everyLeedsWardHasItsOwnHexagon() throws {
        let pack = DashboardFixture.pack
        let layout = try WardLayout.load(pack: pack)
        #expect(layout.cells.count == pack.geography.wards.count)
        let cells = Set(layout.cells.values.map { "\($0.column),\($0.row)" })
        #expect(cells.count == pack.geography.wards.count, "no two wards share a hexagon")
        #expect(Set(layout.cells.values.map(\.label)).count == pack.geography.wards.count, "labels differ")
        #expect(
            WardLayout.abbreviate("Adel & Wharfedale") == "AW" && WardLayout.abbreviate("Armley") == "Arm")
        let grid = WardLayout(wards: pack.geography.wards)
        #expect(Set(grid.cells.values.map { "\($0.column),\($0.row)" }).count == pack.geography.wards.count)
    }

    @Test func queryParametersAreChecked() throws {
        let query = try Query([("by", "ward"), ("period", "")], allowed: ["by", "period"])
        #expect(query["by"] == "ward" && query["period"] == nil)
        #expect(try query.choice("by", ["ward", "lcp"]) == "ward")
        #expect(throws: DashboardError.self) { try query.choice("by", ["lcp"]) }
        #expect(throws: DashboardError.self) { try Query([("x", "1")], allowed: ["by"]) }
        #expect(throws: DashboardError.self) { try Query([("by", "a"), ("by", "b")], allowed: ["by"]) }
        // Empty values are kept in cache keys (the API refuses them: issue 12), and `&`, `=` escaped.
        #expect(query.canonical == "by=ward&period=")
        let odd = try Query([("by", "ward&period=2019")], allowed: ["by", "period"])
        #expect(
            odd.canonical
                != (try Query([("by", "ward"), ("period", "2019")], allowed: ["by", "period"])).canonical)
    }
}

extension PresentationTests {
    @Test func timesAreShownForPeople() {
        #expect(Format.timestamp("2026-11-24T04:51:36Z") == "24 Nov 2026, 04:51 UTC")
        #expect(Format.timestamp("yesterday") == "yesterday")
    }
}
