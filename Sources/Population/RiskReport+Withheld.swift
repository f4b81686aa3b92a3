extension RiskReport {
    /// The counts of a group's row in ``withheld(_:threshold:)``: persons, admitted, flagged and
    /// flagged who were admitted (the last from the PPV: it is shown through it).
    public static func counts(_ group: Performance) -> [Int] {
        let flaggedAdmitted = Int(((group.ppvTop2 ?? 0) * Double(group.flagged)).rounded())
        return [group.persons, group.events, group.flagged, flaggedAdmitted]
    }

    /// Which counts of `groups` (``byDeprivationDecile`` or ``byEthnicGroup``) are withheld at
    /// `threshold`: `cells[r]` is ``counts(_:)`` of `groups[r]` (persons, admitted, flagged,
    /// flagged and admitted); no totals. Each column adds up to the ``overall`` figure, which is
    /// shown; a row's counts do not add (they are among its persons). A rate, AUROC or Brier
    /// score made of a withheld count is withheld with it.
    public func withheld(_ groups: [Performance], threshold: Int) -> Withheld {
        Withheld(table: groups.map(Self.counts), threshold: threshold, rowsAdd: false)
    }

    /// Which counts of ``calibrationDeciles`` are withheld at `threshold`: `cells[r]` is
    /// `[persons, admitted]` of tenth `r` (admitted = observed × persons, shown through the
    /// observed share); each column adds up to the overall persons and admitted.
    public func withheldCalibration(threshold: Int) -> Withheld {
        Withheld(
            table: calibrationDeciles.map {
                [$0.persons, Int(($0.observed * Double($0.persons)).rounded())]
            },
            threshold: threshold, rowsAdd: false)
    }
}
