import Publication
import Engine
import Foundation
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
    }
}

/// The current generation and the response cache, checked for new results at most every few
/// seconds.
final class GenerationWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var generation: Generation
    private var checked = Date()
    private var checking = false
    private let store: any PlaceStore
    private let catalog: Catalog
    private let interval: TimeInterval
    /// The rendered responses of the current generation.
    let cache = ResponseCache()

    init(store: any PlaceStore, catalog: Catalog, interval: TimeInterval = 2) throws {
        self.store = store
        self.catalog = catalog
        self.interval = interval
        generation = try Generation(store: store, catalog: catalog)
    }

    /// The current generation; when the check is due, first looks whether the results changed.
    func current() async -> Generation {
        let (due, now): (Bool, Generation) = lock.withLock {
            let due = !checking && Date().timeIntervalSince(checked) >= interval
            if due { checking = true }
            return (due, generation)
        }
        guard due else { return now }
        let (store, catalog) = (self.store, self.catalog)
        let fresh = try? await ResponseCache.offload { () -> Generation? in
            let stamp = try store.dataset()["results_computed_at"] ?? ""
            return stamp == now.stamp ? nil : try Generation(store: store, catalog: catalog)
        }
        return lock.withLock {
            checking = false
            checked = Date()
            if let fresh = fresh ?? nil {
                generation = fresh
                cache.clear()
            }
            return generation
        }
    }
}
