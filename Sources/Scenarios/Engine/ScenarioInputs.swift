import PlaceColumns
import Population
import Store

/// What a scenario's model (and a back-test's comparison) is counted from, read from the store
/// once: the shared columnar model, the projection's view of the persons and the population
/// engine's (segments and frailty on a date).
struct ScenarioInputs {
    let columns: PlaceColumns
    let people: ProjectionPeople
    let population: PopulationData
    /// Whether the store is synthetic.
    let synthetic: Bool

    /// Reads the inputs of `store`.
    init(store: any PlaceStore) throws {
        columns = try PlaceColumns.open(store, readers: [try store.reader()])
        people = ProjectionPeople(columns)
        population = try PopulationLoader(store: store).load(columns)
        synthetic = try store.dataset()["synthetic"] == "true"
    }

    /// The activity of calendar year `year`, ages up to `oldest`.
    func baseline(year: Int, oldest: Int) throws -> ActivityBaseline {
        try ActivityBaseline(
            columns: columns, population: population, year: year, oldest: oldest, people: people)
    }
}
