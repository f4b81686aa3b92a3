import Hummingbird

/// A request's query parameters, checked: an unknown or repeated parameter is a 400 that names it.
struct Query: Sendable {
    private var values: [String: String]

    /// The query of `request`, checked against `allowed` (as below).
    init(_ request: Request, allowed: [String]) throws {
        try self.init(
            request.uri.queryParameters.map { (String($0.key), String($0.value)) }, allowed: allowed)
    }

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

    /// The value of `name`, which must have `shape` (nil when absent).
    ///
    /// - Throws: ``DashboardError`` (400) saying what the shape is.
    func value(_ name: String, _ shape: ParameterShape) throws -> String? {
        guard let value = self[name] else { return nil }
        guard shape.matches(value) else {
            throw DashboardError.badParameter(name, "‘\(value)’ is not \(shape.explanation).")
        }
        return value
    }

    /// The JSON API's rule, which its OpenAPI document states: a parameter is given with a value or
    /// left out (an empty value is not "not chosen" there, as it is in a page's form).
    ///
    /// - Throws: ``DashboardError`` (400) naming the first parameter given with an empty value.
    func requireValues() throws {
        if let empty = values.filter({ $0.value.isEmpty }).keys.sorted().first {
            throw DashboardError.badParameter(empty, "give a value, or leave the parameter out.")
        }
    }

    /// A canonical text of the parameters (sorted), for cache keys: empty values are kept (the API
    /// refuses them) and `%`, `&` and `=` in names and values escaped, so that two different
    /// queries never share a key.
    var canonical: String {
        values.sorted { $0.key < $1.key }.map { "\(Self.escaped($0.key))=\(Self.escaped($0.value))" }
            .joined(separator: "&")
    }

    private static func escaped(_ text: String) -> String {
        guard text.contains(where: { "%&=".contains($0) }) else { return text }
        return text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "&", with: "%26")
            .replacingOccurrences(of: "=", with: "%3D")
    }
}

/// The shape of a free-text query parameter of the JSON API: the `pattern` its OpenAPI document
/// states is the very expression the server checks (the whole value must match it), so that the
/// document says exactly which values the server takes. A value of the right shape that names
/// nothing (an area, period or group with no results) is a 404, not a 400.
enum ParameterShape: String, CaseIterable, Sendable {
    /// An area code: a ward, LCP, PCN, practice or the city.
    case code = "^[A-Za-z0-9._-]{1,16}$"
    /// A group of a breakdown: an area code, decile, sex, age band (`90+`) or ethnic group.
    case group = "^[A-Za-z0-9._+-]{1,16}$"
    /// A period: a calendar year, a financial year or three pooled years.
    case period = "^[0-9]{4}(/[0-9]{2}|-[0-9]{2})?$"
    /// A calendar year.
    case year = "^[0-9]{4}$"
    /// A month.
    case month = "^[0-9]{4}-(0[1-9]|1[0-2])$"
    /// A stored scenario result's id (or the start of one).
    case scenario = "^[A-Za-z0-9._-]{1,120}$"
    /// Scenario result ids separated by commas.
    case scenarioList = "^[A-Za-z0-9._-]{1,120}(,[A-Za-z0-9._-]{1,120}){1,7}$"

    /// The pattern, as the OpenAPI document states it.
    var pattern: String { rawValue }

    /// What a value of this shape is, for messages.
    var explanation: String {
        switch self {
        case .code: return "an area code (1 to 16 letters, digits, ‘.’, ‘-’ or ‘_’)"
        case .group: return "a group code (1 to 16 letters, digits, ‘.’, ‘-’, ‘_’ or ‘+’)"
        case .period: return "a period (YYYY, YYYY/YY or YYYY-YY)"
        case .year: return "a year (YYYY)"
        case .month: return "a month (YYYY-MM)"
        case .scenario: return "a scenario result id (1 to 120 letters, digits, ‘.’, ‘-’ or ‘_’)"
        case .scenarioList: return "2 to 8 scenario result ids separated by commas"
        }
    }

    /// Whether the whole of `text` matches the pattern (Unicode scalars, as JSON Schema's patterns do).
    func matches(_ text: String) -> Bool {
        (try? Self.expressions[self]!.wholeMatch(in: text)) != nil
    }

    nonisolated(unsafe) private static let expressions: [ParameterShape: Regex<AnyRegexOutput>] =
        Dictionary(
            uniqueKeysWithValues: allCases.map {
                ($0, try! Regex($0.rawValue).matchingSemantics(.unicodeScalar))
            })
}
