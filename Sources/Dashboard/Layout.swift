/// The page shell every HTML page shares: head, skip link, header with the navigation and the
/// SYNTHETIC banner (on every page of a synthetic store), main content and footer. Everything but
/// the skip link is inside a landmark (header, nav, main, footer).
struct Layout: Sendable {
    /// The sections of the main navigation.
    enum Section: String, Sendable, CaseIterable {
        case scorecard, indicators, areas, population, scenarios, board, about, api, account

        var title: String {
            switch self {
            case .scorecard: return "Scorecard"
            case .indicators: return "Indicators"
            case .areas: return "Areas"
            case .population: return "Population"
            case .scenarios: return "Scenarios"
            case .board: return "Board"
            case .account: return "Sign in"
            case .about: return "About the data"
            case .api: return "API"
            }
        }

        var path: String {
            switch self {
            case .scorecard: return "/"
            case .indicators: return "/indicators"
            case .areas: return "/areas"
            case .population: return "/population"
            case .scenarios: return "/scenarios"
            case .board: return "/board"
            case .account: return "/signin"
            case .about: return "/about"
            case .api: return "/api"
            }
        }
    }

    /// The place's name ("Leeds").
    let place: String
    /// Whether the store's data are synthetic.
    let synthetic: Bool
    /// When the results were computed, if known.
    let computedAt: String?
    /// Published counts from 1 to threshold − 1 are suppressed.
    let threshold: Int

    /// A complete page.
    func page(title: String, section: Section?, crumbs: [(String, String)] = [], body: HTML) -> HTML {
        let nav = HTML.join(
            Section.allCases.map { s in
                s == section
                    ? "<li><a href=\"\(s.path)\" aria-current=\"page\">\(s.title)</a></li>"
                    : "<li><a href=\"\(s.path)\">\(s.title)</a></li>"
            })
        let trail: HTML =
            crumbs.isEmpty
            ? .empty
            : "<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><ol>\(crumbs.map { "<li><a href=\"\($0.1)\">\($0.0)</a></li>" as HTML })<li aria-current=\"page\">\(title)</li></ol></nav>"
        return """
            <!doctype html>
            <html lang="en-GB"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) – PlaceHealth \(place)\(synthetic ? " (SYNTHETIC)" : "")</title>
            <link rel="stylesheet" href="/style.css"></head>
            <body><a class="skip" href="#main">Skip to main content</a>
            <header class="site"><div class="wrap"><a class="brand" href="/">PlaceHealth <span>\(place)</span></a>
            <nav aria-label="Main"><ul>\(nav)</ul></nav></div>\(banner)</header>
            <main id="main" class="wrap" tabindex="-1">\(trail)
            \(body)
            </main>
            <footer class="site"><div class="wrap"><p>Counts from 1 to \(threshold - 1) are suppressed (shown as
            “suppressed”), with secondary suppression, in every page, download and API response.
            \(computedAt.map { "Results computed \($0)." as HTML } ?? "No results computed yet.")
            <a href="/about">About the data</a> · <a href="/api">JSON API</a> · <a href="/openapi.json">OpenAPI</a></p></div></footer>
            </body></html>
            """
    }

    /// The banner that labels synthetic data (empty for real data), the last part of the header.
    var banner: HTML {
        guard synthetic else { return .empty }
        return """
            <div class="synthetic" role="note"><div class="wrap"><strong>SYNTHETIC data.</strong> Every \
            figure on this page comes from a generated place: no real person is in it, and the values are \
            not \(place)’s. <a href="/about#synthetic">What is synthetic</a></div></div>
            """
    }
}
