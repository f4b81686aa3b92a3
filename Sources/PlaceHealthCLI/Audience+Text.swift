import Publication

extension Audience {
    /// The pack's suppression threshold, with the `--unsuppressed` choice.
    init(_ pack: PackOptions, _ disclosure: DisclosureOptions) throws {
        self.init(
            threshold: try pack.load().indicators().suppressionThreshold,
            unsuppressed: disclosure.unsuppressed)
    }

    /// A count, or `*` when it is from 1 to the threshold minus 1 and suppression is on (primary
    /// suppression only: for figures no table adds up to).
    func show(_ count: Int) -> String {
        !unsuppressed && count > 0 && count < threshold ? "*" : String(count)
    }

    /// A count, or `*` when a mask withholds it from this audience.
    func show(_ count: Int, withheld: Bool) -> String {
        value(count, withheld: withheld).map(String.init) ?? "*"
    }

    /// The line printed above a table.
    func header(_ title: String, synthetic: Bool) -> String {
        title + (synthetic ? " — SYNTHETIC data" : "")
            + (unsuppressed ? "\nUNSUPPRESSED: small numbers shown; do not publish." : "")
    }
}
