import PlaceModel
import Access
import Population
import Publication

extension PopulationPages {
    /// The segments table by `breakdown` as this viewer may see it (``PopulationDocument/Table``).
    func segmentsDocument(by breakdown: Breakdown) -> PopulationDocument.Table {
        let counts = service.segments(by: breakdown)
        return PopulationDocument.Table(
            segments: counts, mask: service.disclosure.segments(counts, threshold: audience.threshold),
            audience: audience, name: service.data.areas.name)
    }

    /// The frailty table by `breakdown` as this viewer may see it, with the deficits.
    func frailtyDocument(by breakdown: Breakdown) -> PopulationDocument.Table {
        let summary = service.frailty(by: breakdown)
        return PopulationDocument.Table(
            frailty: summary, mask: service.disclosure.frailty(summary, threshold: audience.threshold),
            deficits: PopulationDisclosure.deficits(summary, threshold: audience.threshold),
            audience: audience,
            name: service.data.areas.name)
    }

    /// Cohort `id`'s `counts` as this viewer may see them.
    ///
    /// - Throws: as ``PopulationService/cohortCounts(_:by:)``.
    func cohortDocument(_ id: String, _ counts: CohortCounts) throws -> PopulationDocument.Cohort {
        PopulationDocument.Cohort(
            id, counts, mask: try service.withheld(id, counts, threshold: audience.threshold),
            audience: audience,
            name: service.data.areas.name)
    }
}
