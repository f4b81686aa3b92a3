import PlaceModel
import Population

extension PopulationService {
    /// The date a year before ``date`` (flows are counted from it).
    public var previousDate: CivilDate { date.yearBefore }

    /// How people moved between segments from a year before the date to the date, for everyone or
    /// for the homes in IMD `deciles` (aggregate).
    public func flows(deciles: ClosedRange<Int>? = nil) -> SegmentFlows {
        let first = previous.withLock { cached -> PopulationSnapshot in
            if let cached { return cached }
            let made = PopulationSnapshot(data: data, date: previousDate)
            cached = made
            return made
        }
        return SegmentFlows(data: data, first: first, second: snapshot, deciles: deciles)
    }

    /// Each segment's activity in the 12 months after the date, by `breakdown` (aggregate).
    public func outcomes(by breakdown: Breakdown) -> SegmentOutcomes {
        SegmentOutcomes(data: data, snapshot: snapshot, by: breakdown)
    }
}
