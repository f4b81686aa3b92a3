import Access
import Population

/// A problem the dashboard reports to its user: something not found (404), a bad query parameter
/// (400), or a pack file it cannot read. Its message never carries internal detail.
public struct DashboardError: Error, CustomStringConvertible, Sendable {
    private enum Code: Sendable { case notFound, badParameter, badConfiguration, refused(Int) }
    private let code: Code
    /// What was not found or was wrong ("indicator", a parameter name, a file).
    public let subject: String
    /// A sentence for the user.
    public let message: String
    /// Links that help the user on (label, path), for example close matches.
    let suggestions: [(String, String)]
    /// The query parameter at fault, if one is (a 400, or a 404 for a value that names nothing).
    let parameter: String?

    private init(
        _ code: Code, _ subject: String, _ message: String, suggestions: [(String, String)] = [],
        parameter: String? = nil
    ) {
        self.code = code
        self.subject = subject
        self.message = message
        self.suggestions = suggestions
        self.parameter = parameter
    }

    /// Nothing of `kind` is called `name`; `suggestions` are (label, path) links to what exists.
    static func notFound(
        _ kind: String, _ name: String, suggestions: [(String, String)] = [], listPath: String
    )
        -> DashboardError
    {
        DashboardError(
            .notFound, kind, "There is no \(kind) ‘\(name)’.",
            suggestions: suggestions + [("Every \(kind)", listPath)])
    }

    /// A page or endpoint that does not exist.
    static func noRoute(_ path: String) -> DashboardError {
        DashboardError(
            .notFound, "page", "There is no page at \(path).", suggestions: [("The scorecard", "/")])
    }

    /// Query parameter `name` is not acceptable; `message` says what is.
    static func badParameter(_ name: String, _ message: String) -> DashboardError {
        DashboardError(.badParameter, name, "Query parameter ‘\(name)’: \(message)", parameter: name)
    }

    /// Form field `name` is not acceptable; `message` says what is (400).
    static func badField(_ name: String, _ message: String) -> DashboardError {
        DashboardError(.badParameter, name, "Form field ‘\(name)’: \(message)", parameter: name)
    }

    /// Query parameter `name` has a value of the right shape that names nothing there is (an area,
    /// period, group or year without results): 404, as for an unknown id in the path.
    static func noSuch(_ name: String, _ message: String) -> DashboardError {
        DashboardError(.notFound, name, "Query parameter ‘\(name)’: \(message)", parameter: name)
    }

    /// A method other than GET (and HEAD) on an endpoint of the JSON API (405, with `Allow`).
    static func methodNotAllowed(_ method: String, allow: String) -> DashboardError {
        DashboardError(
            .refused(405), "method", "\(method) is not allowed here: this address answers \(allow).",
            suggestions: [("The API", "/api")])
    }

    /// A pack file the dashboard reads is present but wrong.
    static func badConfiguration(_ path: String, _ detail: String) -> DashboardError {
        DashboardError(.badConfiguration, path, "\(path): \(detail)")
    }

    /// A request the access rules refuse (401, 403, 429, 503 ...), with the refusal's message.
    static func refused(_ error: AccessError) -> DashboardError {
        let links: [(String, String)] =
            error.status == 401 ? [("Sign in", "/signin")] : [("The scorecard", "/")]
        return DashboardError(.refused(error.status), "access", error.description, suggestions: links)
    }

    /// A cohort or area of a population request that does not exist.
    static func unknown(_ error: PopulationError) -> DashboardError {
        DashboardError(
            .notFound, "population", error.description, suggestions: [("Population", "/population")])
    }

    /// A cohort that needs a risk model when none is stored.
    static func needsModel() -> DashboardError {
        DashboardError(
            .refused(409), "model",
            "This cohort uses risk: no risk model is stored yet (`placehealth risk train`).",
            suggestions: [("Population", "/population")])
    }

    /// `HEAD` on a person-level endpoint: viewing person-level data writes the audit log, so only
    /// `GET` may (405, with `Allow: GET`).
    static func onlyGet() -> DashboardError {
        DashboardError(
            .refused(405), "method",
            "Person-level data is only given to GET requests (each is written to the audit log).",
            suggestions: [("Population", "/population")])
    }

    /// A form whose body did not arrive within the body timeout (408).
    static func slowBody() -> DashboardError {
        DashboardError(
            .refused(408), "form", "The form took too long to arrive: send it again.",
            suggestions: [("Sign in", "/signin")])
    }

    /// A form sent without this session's token (stale, or from another site).
    static func staleForm() -> DashboardError {
        DashboardError(
            .refused(403), "csrf",
            "The form has expired or did not come from this site: reload the page and try again.",
            suggestions: [("Sign in", "/signin")])
    }

    /// The HTTP status: 404, 400, 500 for configuration, or the refusal's.
    public var status: Int {
        switch code {
        case .notFound: return 404
        case .badParameter: return 400
        case .badConfiguration: return 500
        case .refused(let status): return status
        }
    }

    /// The message.
    public var description: String { message }
}
