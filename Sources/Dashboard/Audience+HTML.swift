import Publication

extension Audience {
    /// A table cell for a count: "suppressed" when a mask withholds it from this audience.
    func cell(_ n: Int, withheld: Bool) -> HTML {
        guard let shown = value(n, withheld: withheld) else { return "<td class=\"num\">suppressed</td>" }
        return "<td class=\"num\">\(Format.grouped(shown))</td>"
    }

    /// The line that says what this audience sees.
    var notice: HTML {
        unsuppressed
            ? "<p class=\"note\"><strong>UNSUPPRESSED:</strong> small numbers are shown because your role allows it; do not publish these tables.</p>"
            : "<p class=\"note\">Counts from 1 to \(threshold - 1) are suppressed, with secondary suppression.</p>"
    }
}
