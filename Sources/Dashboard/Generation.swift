import Publication
import Scenarios
import Engine
import Foundation
import Synchronization
import Store

/// What the dashboard serves from one set of computed results: the page shell, the pages and the
/// API. A new generation starts when `placehealth compute` stores new results.
struct Generation: Sendable {
    /// When the results were computed (the store's `results_computed_at`), or "" if never.
    let stamp: String
    /// Whether the data are synthetic.
    let synthetic: Bool
    /// The page shell.
    let layout: Layout
    /// The pages.
    let pages: Pages
    /// The API.
    let api: JSONAPI
    /// The scenario pages (rendered afresh: results are stored at any time).
    let scenarioPages: ScenarioPages

    /// Reads the facts of `store` and makes the generation.
    init(store: any PlaceStore, catalog: Catalog) throws {
        let facts = try store.dataset()
        stamp = facts["results_computed_at"] ?? ""
        synthetic = facts["synthetic"] == "true"
        layout = Layout(
            place: catalog.pack.name, synthetic: synthetic,
            computedAt: facts["results_computed_at"].map(Format.timestamp),
            threshold: catalog.set.suppressionThreshold)
        pages = Pages(
            catalog: catalog, reader: try PublishedResults(store: store, set: catalog.set), store: store,
            layout: layout)
        api = JSONAPI(pages: pages, synthetic: synthetic)
        scenarioPages = ScenarioPages(
            layout: layout,
            scenarios: PublishedScenarios(store: store, threshold: catalog.set.suppressionThreshold),
            assumptions: try? ProjectionAssumptions.read(catalog.pack))
    }
}

/// The current generation and the response cache, checked for new results at most every few
/// seconds.
final class GenerationWatch: Sendable {
    private struct State {
        var generation: Generation
        var checked = Date()
        var checking = false
    }

    private let state: Mutex<State>
    private let store: any PlaceStore
    private let catalog: Catalog
    private let interval: TimeInterval
    /// The rendered responses of the current generation.
    let cache = ResponseCache()

    init(store: any PlaceStore, catalog: Catalog, interval: TimeInterval = 2) throws {
        self.store = store
        self.catalog = catalog
        self.interval = interval
        state = Mutex(State(generation: try Generation(store: store, catalog: catalog)))
    }

    /// The current generation; when the check is due, first looks whether the results changed.
    func current() async -> Generation {
        let interval = self.interval
        let (due, now): (Bool, Generation) = state.withLock { state in
            let due = !state.checking && Date().timeIntervalSince(state.checked) >= interval
            if due { state.checking = true }
            return (due, state.generation)
        }
        guard due else { return now }
        let (store, catalog) = (self.store, self.catalog)
        let fresh = try? await ResponseCache.offload { () -> Generation? in
            let stamp = try store.dataset()["results_computed_at"] ?? ""
            return stamp == now.stamp ? nil : try Generation(store: store, catalog: catalog)
        }
        let cache = self.cache
        return state.withLock { state in
            state.checking = false
            state.checked = Date()
            if let fresh = fresh ?? nil {
                state.generation = fresh
                cache.clear()
            }
            return state.generation
        }
    }
}
