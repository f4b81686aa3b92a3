import Assurance
import Access
import Engine
import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdAuth
import Logging
import PlacePack
import Store

/// The web dashboard and JSON API over a store's published results: the strategy scorecard,
/// indicator pages, area profiles, about the data, and `/api/…` with its OpenAPI document.
///
/// ```swift
/// let dashboard = try Dashboard(store: SQLiteStore(path: "data/leeds.sqlite"), pack: pack)
/// try await dashboard.application(host: "127.0.0.1", port: 8080).runService()
/// ```
///
/// Pages read results through Engine's published (suppressed) readers only, never person-level
/// tables. Responses are rendered once per set of computed results and then served from memory.
/// The population pages go through Access's ``PopulationService``: aggregates for everyone,
/// person-level views for signed-in clinicians within their areas, each written to the audit log.
public struct Dashboard: Sendable {
    let catalog: Catalog
    /// The stored versions of the Board's risks and actions.
    let ledger: AssuranceLedger
    let watch: GenerationWatch
    /// The users who can sign in.
    let users: UserDirectory
    /// Failed sign-ins, limited.
    let throttle: SignInThrottle
    /// Password checks running at once, bounded.
    let verification: VerificationSlots
    /// Addresses of proxies whose `X-Forwarded-For` is believed.
    let trustedProxies: Set<String>
    /// Sessions, in memory and bounded (a restart signs everyone out).
    let sessions: SessionStore
    /// The population service, prepared in the background.
    let population: PopulationHolder
    /// The audit log.
    let audit: AuditLog
    /// Whether session cookies carry `Secure` (browsers accept them on http://localhost too).
    let secureCookies: Bool
    /// What one client is allowed (timeouts, connections).
    let limits: ServerLimits

    /// A dashboard of `store`'s results for the indicators and geography of `pack`. `throttle`
    /// limits failed sign-ins, `verification` bounds password checks at once, and `trustedProxies`
    /// are the addresses whose `X-Forwarded-For` names the client; `audit` is the store's audit log
    /// unless given (tests set its clock).
    ///
    /// - Throws: ``DashboardError`` when the pack's ward map cannot be read, or the store's errors.
    public init(
        store: any PlaceStore, pack: PlacePack, throttle: SignInThrottle = SignInThrottle(),
        verification: VerificationSlots = VerificationSlots(), trustedProxies: [String] = [],
        audit: AuditLog? = nil, secureCookies: Bool = true, limits: ServerLimits = ServerLimits()
    ) throws {
        let set = try pack.indicators()
        var catalog = Catalog(
            pack: pack, set: set, areas: try AreaDirectory(store: store).areas(),
            layout: try WardLayout.load(pack: pack))
        let files = FileManager.default
        if files.fileExists(atPath: pack.directory.appendingPathComponent(AssuranceBook.file).path) {
            catalog.book = try AssuranceBook.read(from: pack)
        }
        let paper = pack.directory.appendingPathComponent(BoardPaperText.file).path
        if files.fileExists(atPath: paper) { catalog.paper = try BoardPaperText.read(path: paper) }
        self.catalog = catalog
        ledger = AssuranceLedger(store: store)
        watch = try GenerationWatch(store: store, catalog: catalog)
        users = UserDirectory(store: store)
        self.throttle = throttle
        self.verification = verification
        self.trustedProxies = Set(trustedProxies)
        sessions = SessionStore()
        self.audit = audit ?? AuditLog(store: store)
        population = PopulationHolder(store: store, pack: pack, audit: self.audit)
        self.secureCookies = secureCookies
        self.limits = limits
    }

    /// The router with every page and endpoint (for the server, and for tests with `app.test(.router)`).
    public func router() -> Router<DashboardContext> {
        let router = Router(context: DashboardContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: ErrorMiddleware(watch: watch))
        router.add(
            middleware: SessionMiddleware(
                storage: sessions,
                configuration: .init(
                    sessionCookieParameters: .init(
                        name: Self.sessionCookie, path: "/", secure: secureCookies, sameSite: .strict),
                    keyPrefix: "session.", defaultSessionExpiration: .seconds(8 * 60 * 60))))
        let users = self.users
        router.add(
            middleware: SessionAuthenticator(context: DashboardContext.self) { (session: WebSession, _) in
                // A disabled user, or one whose password, role or scopes changed, is signed out.
                guard let name = session.userName, let user = try users.user(name), !user.disabled,
                    session.credentials == user.credentials
                else { return nil }
                return user
            })
        addPages(to: router)
        addAPI(to: router)
        addScenarioRoutes(to: router)
        addSignIn(to: router)
        addPopulationPages(to: router)
        addBoardEditing(to: router)
        addPopulationAPI(to: router)
        return router
    }

    /// The session cookie's name.
    static let sessionCookie = "placehealth_session"

    /// Starts preparing the population figures in the background (the server does it at start).
    public func preparePopulation() { population.start() }

    /// Waits until the population figures are ready (for tests and start-up scripts).
    public func populationReady() async throws { _ = try await population.ready() }

    /// The HTTP application listening on `host`:`port` (port 0 picks a free one), within the
    /// dashboard's ``ServerLimits``; `onReady` is called with the port once it listens.
    public func application(
        host: String, port: Int, logger: Logger? = nil,
        onReady: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var log = logger ?? Logger(label: "placehealth.dashboard")
        if logger == nil { log.logLevel = .warning }
        return Application(
            router: router(),
            server: .http1(
                configuration: .init(idleTimeout: .nanoseconds(Self.nanoseconds(limits.idleTimeout)))),
            configuration: .init(
                address: .hostname(host, port: port), serverName: "PlaceHealth",
                availableConnectionsDelegate: MaximumAvailableConnections(limits.maxConnections)),
            services: [sessions],
            onServerRunning: { channel in await onReady(channel.localAddress?.port ?? port) },
            logger: log)
    }

    /// Writes what is held in memory and must outlive the server (refusals counted this minute).
    public func stopped() throws { try audit.flushRefusals() }

    /// `duration` in whole nanoseconds.
    static func nanoseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
    }

    /// Renders the most visited pages and documents ahead of the first request. The About page,
    /// whose calibration report reads the whole store, waits until the population is prepared, so
    /// that the two do not share the machine's cores.
    public func warm() async {
        let generation = await watch.current()
        let none = try? Query([], allowed: [])
        guard let none else { return }
        for (key, render) in Self.warmed {
            if key == "about" { _ = try? await population.ready() }
            _ = try? await rendered(generation, key: key, query: none, render: render)
        }
    }

    /// Serves a cached response for `key`, made by `render` from the current generation.
    func serve(
        _ request: Request, key: String, allowed: [String],
        render: @escaping @Sendable (Generation, Query) throws -> Rendered
    ) async throws -> Response {
        let query = try Query(request, allowed: allowed)
        return Self.response(
            try await rendered(await watch.current(), key: key, query: query, render: render))
    }

    /// The 200 response of `rendered`: its type, not cached by the client, a download's file name.
    static func response(_ rendered: Rendered) -> Response {
        var headers: HTTPFields = [.contentType: rendered.contentType, .cacheControl: "no-cache"]
        if let filename = rendered.filename {
            headers[.contentDisposition] = "attachment; filename=\"\(filename)\""
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: rendered.body))
    }

    /// The cached response for `key` and `query` in `generation`, rendering it on a miss.
    func rendered(
        _ generation: Generation, key: String, query: Query,
        render: @escaping @Sendable (Generation, Query) throws -> Rendered
    ) async throws -> Rendered {
        try await watch.cache.value("\(generation.stamp)|\(key)?\(query.canonical)") {
            try render(generation, query)
        }
    }
}
