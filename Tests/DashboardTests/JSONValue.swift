import Foundation

/// Any JSON value, decoded without loss of its kind (true is not 1).
indirect enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    /// Parses `text`.
    static func parse(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    subscript(_ key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    var array: [JSONValue] {
        if case .array(let a) = self { return a }
        return []
    }

    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    var number: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
}

/// Checks JSON documents against the schemas of an OpenAPI 3.1 document (the subset it uses: `$ref`,
/// `type` (a name, or a list of names such as `["integer", "null"]`), `anyOf`, `properties`, `required`, `additionalProperties: false`, `items`, `enum`).
struct SchemaValidator {
    let document: JSONValue

    /// The problems of `value` against the component schema `name` (empty when it conforms).
    func problems(_ value: JSONValue, schema name: String) -> [String] {
        guard let schema = document["components"]?["schemas"]?[name] else { return ["no schema \(name)"] }
        return check(value, schema, at: name)
    }

    /// The problems of `value` against an inline `schema` (which may hold `$ref`s), reported at `path`.
    func problems(_ value: JSONValue, against schema: JSONValue, at path: String) -> [String] {
        check(value, schema, at: path)
    }

    private func check(_ value: JSONValue, _ schema: JSONValue, at path: String) -> [String] {
        if let ref = schema["$ref"]?.string {
            return problems(value, schema: String(ref.split(separator: "/").last!)).map { "\(path): \($0)" }
        }
        if let options = schema["anyOf"]?.array {
            let results = options.map { check(value, $0, at: path) }
            return results.contains { $0.isEmpty } ? [] : results.flatMap { $0 }
        }
        if let options = schema["enum"]?.array, !options.contains(value) {
            return ["\(path): \(value) not in enum"]
        }
        if case .array(let types) = schema["type"] ?? .null {
            if value == .null { return types.contains(.string("null")) ? [] : ["\(path): null not allowed"] }
            let options = types.filter { $0 != .string("null") }.map { type -> JSONValue in
                guard case .object(var members) = schema else { return schema }
                members["type"] = type
                return .object(members)
            }
            let results = options.map { check(value, $0, at: path) }
            return results.contains { $0.isEmpty } ? [] : results.flatMap { $0 }
        }
        switch (schema["type"]?.string, value) {
        case ("object", .object(let members)):
            var found: [String] = []
            let properties = schema["properties"] ?? .object([:])
            for case .string(let name) in schema["required"]?.array ?? [] where members[name] == nil {
                found.append("\(path): missing \(name)")
            }
            for (name, member) in members {
                if let property = properties[name] {
                    found += check(member, property, at: "\(path).\(name)")
                } else if schema["additionalProperties"]?.bool == false {
                    found.append("\(path): unexpected member \(name)")
                }
            }
            return found
        case ("array", .array(let items)):
            guard let itemSchema = schema["items"] else { return [] }
            return items.enumerated().flatMap { check($1, itemSchema, at: "\(path)[\($0)]") }
        case ("string", .string), ("number", .number), ("boolean", .bool), ("null", .null): return []
        case ("integer", .number(let n)): return n == n.rounded() ? [] : ["\(path): \(n) is not an integer"]
        case (nil, _): return []
        case (let type, let other): return ["\(path): expected \(type ?? "?"), found \(other)"]
        }
    }
}
