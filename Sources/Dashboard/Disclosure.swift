/// How one viewer sees aggregate counts: cells that the engine's masks withhold (primary and
/// secondary suppression) say "suppressed" unless the viewer's role shows small numbers.
struct Disclosure: Sendable {
    /// Counts from 1 to threshold − 1 are small.
    let threshold: Int
    /// Whether the viewer sees every count.
    let unsuppressed: Bool

    /// The count as published to this viewer: nil when withheld.
    func value(_ n: Int, withheld: Bool) -> Int? { withheld && !unsuppressed ? nil : n }

    /// A table cell for the count.
    func cell(_ n: Int, withheld: Bool) -> HTML {
        guard let shown = value(n, withheld: withheld) else { return "<td class=\"num\">suppressed</td>" }
        return "<td class=\"num\">\(Format.grouped(shown))</td>"
    }

    /// The line that says what this viewer sees.
    var notice: HTML {
        unsuppressed
            ? "<p class=\"note\"><strong>UNSUPPRESSED:</strong> small numbers are shown because your role allows it; do not publish these tables.</p>"
            : "<p class=\"note\">Counts from 1 to \(threshold - 1) are suppressed, with secondary suppression.</p>"
    }
}
