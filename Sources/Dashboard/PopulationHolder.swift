import Access
import Foundation
import PlacePack
import Store
import Synchronization

/// The population service, prepared in the background when the server starts (reading everyone's
/// record takes seconds on a full place): until it is ready, population pages answer 503.
final class PopulationHolder: Sendable {
    private enum State { case idle, loading, ready(PopulationService), failed(String) }
    private let state = Mutex<State>(.idle)
    private let store: any PlaceStore
    private let pack: PlacePack
    private let audit: AuditLog

    init(store: any PlaceStore, pack: PlacePack, audit: AuditLog) {
        self.store = store
        self.pack = pack
        self.audit = audit
    }

    /// Starts preparing the service, once.
    func start() {
        let begin = state.withLock { s -> Bool in
            guard case .idle = s else { return false }
            s = .loading
            return true
        }
        guard begin else { return }
        let (store, pack, audit) = (self.store, self.pack, self.audit)
        Thread.detachNewThread { [self] in
            let result: State
            do {
                let service = try PopulationService(store: store, pack: pack, audit: audit)
                // Every published table's disclosure control is solved here, before the first request.
                service.prepareDisclosure()
                result = .ready(service)
            } catch {
                // The detail goes to the operator's terminal, never to a page.
                let line = "serve: the population could not be prepared: \(error)\n"
                FileHandle.standardError.write(Data(line.utf8))
                result = .failed("the population figures could not be prepared; the server log says why")
            }
            self.state.withLock { $0 = result }
        }
    }

    /// The service.
    ///
    /// - Throws: ``AccessError/notReady`` while it is being prepared; a configuration error if it failed.
    func service() throws -> PopulationService {
        start()
        return try state.withLock { s in
            switch s {
            case .ready(let service): return service
            case .failed(let why): throw DashboardError.badConfiguration("population", why)
            case .idle, .loading: throw AccessError.notReady
            }
        }
    }

    /// Waits until the service is ready or has failed.
    func ready() async throws -> PopulationService {
        start()
        while true {
            do { return try service() } catch let error as AccessError where error == .notReady {
                try await Task.sleep(for: .milliseconds(20))
            }
        }
    }
}
