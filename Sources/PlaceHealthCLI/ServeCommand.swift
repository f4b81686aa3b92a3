import ArgumentParser
import Dashboard
import Engine
import Foundation
import Access
import Store

/// `placehealth serve`: the dashboard and JSON API of a store's computed results.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "Serve the dashboard (scorecard, indicator and area pages) and the JSON API of a store's results.",
        discussion: """
            Shows the results `placehealth compute` stored, small numbers suppressed, and notices new results \
            within seconds. Pages need no JavaScript; the API is described at /openapi.json. The population \
            pages (/population) are prepared in the background at start. Users added with `placehealth user \
            add` sign in at /signin: analysts see small numbers, clinicians the people of their practices or \
            LCP, the governance lead the audit log (/audit). Session cookies are Secure, HttpOnly and \
            SameSite=Strict: browsers keep them on http://localhost and 127.0.0.1; anywhere else serve behind \
            HTTPS. Stop with Ctrl-C.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions

    @Option(help: "The address to listen on (0.0.0.0 for every interface).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8080

    @Option(
        help: ArgumentHelp(
            "A proxy's address whose X-Forwarded-For names the client; repeat for several.",
            discussion: "Failed sign-ins are counted per client: behind a proxy, name it here."))
    var trustedProxy: [String] = []

    @Option(help: "Seconds a connection may stay idle, or take to send a request's head.")
    var idleTimeout = 30

    @Option(help: "Connections open at once; more wait to be accepted.")
    var maxConnections = 512

    /// The limits the options set.
    var limits: ServerLimits {
        ServerLimits(idleTimeout: .seconds(idleTimeout), maxConnections: maxConnections)
    }

    func validate() throws {
        guard (1...3_600).contains(idleTimeout) else {
            throw ValidationError("--idle-timeout must be from 1 to 3600 seconds (got \(idleTimeout)).")
        }
        guard (1...100_000).contains(maxConnections) else {
            throw ValidationError("--max-connections must be from 1 to 100000 (got \(maxConnections)).")
        }
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port must be from 0 to 65535 (got \(port)).")
        }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty.") }
    }

    func run() async throws {
        let opened = try store.open()
        if try IndicatorResults(store: opened).count() == 0 {
            FileHandle.standardError.write(
                Data(
                    "serve: no results in \(store.path) yet; run `placehealth compute --db \(store.path)`.\n"
                        .utf8))
        }
        Self.describeUsers(opened, path: store.path)
        let dashboard = try Dashboard(
            store: opened, pack: pack.load(), trustedProxies: trustedProxy, limits: limits)
        try await Self.serve(dashboard, host: host, port: port)
    }

    /// Prints how many users can sign in, or how to add the first.
    static func describeUsers(_ store: any PlaceStore, path: String) {
        let count = (try? UserDirectory(store: store).list().filter { !$0.disabled }.count) ?? 0
        let line =
            count == 0
            ? "Sign-in: no users yet; add one with `placehealth user add NAME --role clinician --practice CODE --db \(path)`.\n"
            : "Sign-in: \(count) active user\(count == 1 ? "" : "s") (`placehealth user list --db \(path)`).\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    /// Serves `dashboard` until interrupted, printing the address once it listens.
    static func serve(_ dashboard: Dashboard, host: String, port: Int) async throws {
        let shown = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
        dashboard.preparePopulation()
        fflush(nil)  // what was printed before comes first, even through a pipe
        let app = dashboard.application(host: host, port: port) { bound in
            let line =
                "Dashboard: open http://\(shown):\(bound)/ in a browser (API: http://\(shown):\(bound)/api). Ctrl-C stops it.\n"
            FileHandle.standardOutput.write(Data(line.utf8))
            // In the background: the server answers while the most visited pages are rendered.
            Task.detached { await dashboard.warm() }
        }
        try await app.runService()
        try dashboard.stopped()
    }
}
