import Population
import Statistics

extension PopulationDisclosure {
    /// Whether each of `summary`'s deficits (its persons and share) is withheld at `threshold`:
    /// primary suppression only, since a person may have many deficits and the counts do not add;
    /// all of them when the place's people aged 65+ (the shares' denominator) are a small number.
    public static func deficits(_ summary: FrailtySummary, threshold: Int) -> [Bool] {
        let older = summary.rows.map { $0.counts.reduce(0, +) }.reduce(0, +)
        let smallPlace = SmallNumberSuppression.isSmall(Double(older), threshold: threshold)
        return summary.deficits.map {
            smallPlace || SmallNumberSuppression.isSmall(Double($0.persons), threshold: threshold)
        }
    }
}
