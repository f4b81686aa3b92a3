import Assurance
import PlaceModel

extension BoardReport {
    /// The whole paper as one HTML document, laid out for A4 (the PDF is this page printed): its
    /// styles inline, or from `stylesheet` (the dashboard's pages allow no inline styles).
    public func html(stylesheet: String? = nil) -> String {
        let synthetic = scorecard.synthetic
        let banner: HTML =
            synthetic
            ? "<p class=\"synthetic\"><strong>SYNTHETIC data.</strong> The figures describe a synthetic place, not real people.</p>"
            : .empty
        let page: HTML = """
            <!doctype html>
            <html lang="en-GB"><head><meta charset="utf-8">
            <title>\(text.subject) – \(text.reportTo), \(Self.long(meeting))\(synthetic ? " (SYNTHETIC)" : "")</title>
            \(stylesheet.map { "<link rel=\"stylesheet\" href=\"\($0)\">" as HTML } ?? "<style>\(HTML(raw: Self.style(synthetic: synthetic)))</style>")</head>
            <body><main>
            <h1 class="hidden">\(text.subject)</h1>
            \(banner)
            \(header)
            \(summaryAndRecommendations)
            <section class="body">
            \(Self.section(1, "Purpose of this report", numbered(1, text.purpose)))
            \(Self.section(2, "Background information", numbered(2, text.background)))
            \(Self.section(3, "Main issues", mainIssues))
            \(Self.section(4, "Health and Wellbeing Board governance", governance))
            \(Self.section(5, "Conclusions", numbered(5, text.conclusions)))
            \(Self.section(6, "Recommendations", recommendations(numberedAs: "6.1")))
            \(Self.section(7, "Background documents", numbered(7, text.backgroundDocuments.isEmpty ? ["None."] : text.backgroundDocuments)))
            </section>
            \(closingPage)
            </main></body></html>
            """
        return page.description
    }

    private var header: HTML {
        func box(_ yes: Bool) -> HTML {
            yes
                ? "<span class=\"tick\">☒ Yes</span> <span>☐ No</span>"
                : "<span>☐ Yes</span> <span class=\"tick\">☒ No</span>"
        }
        return """
            <table class="head">
            <tr><th scope="row">Report of:</th><td>\(text.reportOf)</td></tr>
            <tr><th scope="row">Report to:</th><td>\(text.reportTo)</td></tr>
            <tr><th scope="row">Date:</th><td>\(Self.long(meeting))</td></tr>
            <tr><th scope="row">Subject:</th><td>\(text.subject)</td></tr>
            </table>
            <table class="questions">
            <tr><th scope="row">Are specific geographical areas affected?</th><td>\(box(!text.areas.isEmpty))</td></tr>
            <tr><th scope="row">If relevant, name(s) of area(s):</th><td>\(text.areas.joined(separator: ", "))</td></tr>
            <tr><th scope="row">Are there implications for equality and diversity and cohesion and integration?</th><td>\(box(text.equalityImplications))</td></tr>
            <tr><th scope="row">Is the decision eligible for call-In?</th><td>\(box(text.callIn))</td></tr>
            <tr><th scope="row">Does the report contain confidential or exempt information?</th><td>\(box(text.confidential))</td></tr>
            <tr><th scope="row">If relevant, access to information procedure rule number:</th><td></td></tr>
            <tr><th scope="row">Appendix number:</th><td></td></tr>
            </table>
            """
    }

    private var summaryAndRecommendations: HTML {
        let points = text.summary + summaryFromData
        return """
            <section class="summary"><h2>Summary of main issues</h2>
            <ol>\(points.map { "<li>\($0)</li>" as HTML })</ol></section>
            <section class="summary"><h2>Recommendations</h2>\(recommendations(numberedAs: nil))</section>
            <p class="author"><strong>Report author:</strong> \(text.author)</p>
            """
    }

    /// The summary's points from the data.
    var summaryFromData: [String] {
        func count(_ prefix: String) -> Int { changes.filter { $0.verdict.hasPrefix(prefix) }.count }
        var points = [
            "\(changes.count) indicators of the strategy scorecard have new results since the last meeting (\(Self.long(lastMeeting))): "
                + "\(count("significantly better")) significantly better, \(count("significantly worse")) significantly worse, "
                + "\(count("no significant change")) with no significant change, \(changes.count - count("significantly") - count("no significant change")) not compared."
        ]
        let above = risksAboveAppetite
        points.append("\(above.count) risks are above their register's appetite.")
        for plan in book.plans {
            let offTrack = actionsOffTrack.filter { $0.plan.id == plan.id }.count
            points.append("\(plan.name): \(plan.summary(on: meeting)); \(offTrack) off track.")
        }
        if let plan {
            let fails = checks.filter { $0.outcome == .fail }
            points.append(
                "Better Care Fund plan (\(plan.template), \(plan.board)): \(checks.count) checks, "
                    + "\(checks.count - fails.count - checks.filter { $0.outcome == .warning }.count) pass, "
                    + "\(checks.filter { $0.outcome == .warning }.count) warning, \(fails.count) fail"
                    + (fails.isEmpty
                        ? "."
                        : ": " + fails.map { "\($0.title) (\($0.figures))" }.joined(separator: "; ") + "."))
        }
        return points
    }

    private func recommendations(numberedAs number: String?) -> HTML {
        let list: HTML = "<ul>\(text.recommendations.map { "<li>\($0)</li>" as HTML })</ul>"
        let lead = "The \(text.reportTo.replacingOccurrences(of: "Leeds ", with: "")) is asked to:"
        guard let number else { return "<p>\(lead)</p>\(list)" }
        return "<p class=\"num\"><span>\(number)</span> \(lead)</p>\(list)"
    }

    func numbered(_ section: Int, _ paragraphs: [String], from first: Int = 1) -> HTML {
        HTML.join(
            paragraphs.enumerated().map {
                "<p class=\"num\"><span>\(section).\($0.offset + first)</span> \($0.element)</p>"
            })
    }

    static func section(_ number: Int, _ title: String, _ body: HTML) -> HTML {
        "<section class=\"numbered\"><h2><span>\(number)</span> \(title)</h2>\(body)</section>"
    }

    /// "16 September 2019".
    static func long(_ date: CivilDate) -> String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let (year, month, day) = date.components
        return "\(day) \(months[month - 1]) \(year)"
    }
}
