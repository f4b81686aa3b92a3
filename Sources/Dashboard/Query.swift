/// A request's query parameters, checked: an unknown or repeated parameter is a 400 that names it.
struct Query: Sendable {
    private var values: [String: String]

    /// The parameters of a request, of which only `allowed` may appear, each at most once.
    ///
    /// - Throws: ``DashboardError`` (400) naming the first unknown or repeated parameter.
    init(_ pairs: [(String, String)], allowed: [String]) throws {
        var values: [String: String] = [:]
        for (name, value) in pairs {
            guard allowed.contains(name) else {
                let known =
                    allowed.isEmpty
                    ? "this address takes no parameters"
                    : "known parameters: \(allowed.joined(separator: ", "))"
                throw DashboardError.badParameter(name, "not a parameter of this page (\(known)).")
            }
            guard values[name] == nil else {
                throw DashboardError.badParameter(name, "given more than once.")
            }
            values[name] = value
        }
        self.values = values
    }

    /// The value of `name`, or nil when absent or empty (an empty form field means "not chosen").
    subscript(_ name: String) -> String? {
        guard let value = values[name], !value.isEmpty else { return nil }
        return value
    }

    /// The value of `name`, which must be one of `choices` (nil when absent).
    ///
    /// - Throws: ``DashboardError`` (400) listing the choices.
    func choice(_ name: String, _ choices: [String]) throws -> String? {
        guard let value = self[name] else { return nil }
        guard choices.contains(value) else {
            throw DashboardError.badParameter(
                name, "‘\(value)’ is not one of: \(choices.joined(separator: ", ")).")
        }
        return value
    }

    /// A canonical text of the parameters (sorted), for cache keys.
    var canonical: String {
        values.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
            separator: "&")
    }
}
