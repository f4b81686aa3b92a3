import Population
import Publication

extension PopulationService {
    /// Solves, ahead of any request, the disclosure control of everything published at the pack's
    /// threshold: the population, segment, frailty and outcome tables, and every available cohort.
    /// The server does it while it prepares the population, so no request waits for a solve.
    public func prepareDisclosure() {
        let outcomes = SegmentOutcomes(data: data, snapshot: snapshot, by: .city)
        _ = disclosure.segments(segments(by: .city), threshold: threshold)
        _ = disclosure.outcomes(outcomes, threshold: threshold)
        for cohort in catalog.cohorts where isAvailable(cohort.id) {
            guard let counts = try? cohortCounts(cohort.id, by: .city) else { continue }
            _ = try? withheld(cohort.id, counts, threshold: threshold)
        }
    }
}
