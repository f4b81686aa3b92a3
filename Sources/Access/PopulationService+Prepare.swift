import Dispatch
import Population
import Publication

extension PopulationService {
    /// Solves, ahead of any request, the disclosure control of everything published at the pack's
    /// threshold: the population, segment, frailty and outcome tables, and every available cohort.
    /// The server does it while it prepares the population, so no request waits for a solve.
    /// The tables and cohorts are shared between the machine's cores (every cache they fill is
    /// locked).
    public func prepareDisclosure() {
        let cohorts = catalog.cohorts.map(\.id).filter(isAvailable)
        DispatchQueue.concurrentPerform(iterations: cohorts.count + 2) { k in
            switch k {
            case 0: _ = disclosure.segments(segments(by: .city), threshold: threshold)
            case 1:
                let outcomes = SegmentOutcomes(data: data, snapshot: snapshot, by: .city)
                _ = disclosure.outcomes(outcomes, threshold: threshold)
            default:
                guard let counts = try? cohortCounts(cohorts[k - 2], by: .city) else { return }
                _ = try? withheld(cohorts[k - 2], counts, threshold: threshold)
            }
        }
    }
}
