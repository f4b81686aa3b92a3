import Foundation
import Yams

/// A YAML node together with where it came from, so every read can fail with the file, line and
/// field it was reading.
public struct PackNode {
    /// The YAML node.
    public let node: Node
    /// The pack file it was read from.
    public let file: String
    /// The dotted path of the field it holds.
    public let field: String

    /// The line it starts on.
    public var line: Int? { node.mark?.line }

    /// Parses a pack file, turning YAML syntax errors into ``PackError``s with their line.
    public static func parse(file: String, in directory: URL) throws -> PackNode {
        let url = directory.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw PackError(
                .fileNotFound, file: file, line: nil, field: "", message: "cannot read \(url.path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PackError(
                .invalidYAML, file: file, line: nil, field: "", message: "\(url.path) is not UTF-8 text")
        }
        return try parse(text: text, file: file)
    }

    /// Parses YAML (or JSON) text that came from elsewhere (a form, a stored edit), errors naming
    /// it as `file`.
    public static func parse(text: String, file: String) throws -> PackNode {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw PackError(.invalidYAML, file: file, line: 1, field: "", message: "the file is empty")
            }
            return PackNode(node: node, file: file, field: "")
        } catch let error as YamlError {
            throw PackError(
                .invalidYAML, file: file, line: Self.line(of: error), field: "",
                message: "not valid YAML: \(Self.problem(of: error))")
        }
    }

    /// An error naming this node's file, line and field.
    public func fail(_ kind: PackError.Kind, _ message: String, field: String? = nil) -> PackError {
        PackError(kind, file: file, line: line, field: field ?? self.field, message: message)
    }

    private func path(_ key: String) -> String { field.isEmpty ? key : "\(field).\(key)" }

    /// The child `key` of a mapping, or nil if absent or null.
    public func optional(_ key: String) throws -> PackNode? {
        guard case .mapping(let mapping) = node else {
            throw fail(.wrongType, "expected a mapping (key: value) holding '\(key)'")
        }
        // Keys compared as text: the mapping's own subscript compares nodes with their resolved
        // tags, which costs a pattern match per key.
        guard let child = mapping.first(where: { $0.key.string == key })?.value else { return nil }
        if child.null != nil { return nil }
        return PackNode(node: child, file: file, field: path(key))
    }

    /// The child `key` of a mapping; an error if absent.
    public func required(_ key: String) throws -> PackNode {
        guard let child = try optional(key) else {
            throw fail(.missingField, "required field '\(key)' is missing", field: path(key))
        }
        return child
    }

    /// The items of a sequence.
    public func list() throws -> [PackNode] {
        guard case .sequence(let sequence) = node else { throw fail(.wrongType, "expected a list") }
        return sequence.enumerated().map { PackNode(node: $1, file: file, field: "\(field)[\($0)]") }
    }

    /// The node as text.
    public func string() throws -> String {
        guard case .scalar(let scalar) = node else { throw fail(.wrongType, "expected text") }
        guard !scalar.string.isEmpty else { throw fail(.wrongType, "expected text, found nothing") }
        return scalar.string
    }

    /// The node as a whole number.
    public func int() throws -> Int {
        guard case .scalar = node, let value = node.int else {
            throw fail(.wrongType, "expected a whole number, found '\(node.string ?? "a structure")'")
        }
        return value
    }

    /// The node as a finite number.
    public func double() throws -> Double {
        guard case .scalar = node, let value = node.float ?? node.int.map(Double.init), value.isFinite else {
            throw fail(.wrongType, "expected a number, found '\(node.string ?? "a structure")'")
        }
        return value
    }

    /// The node as true or false.
    public func bool() throws -> Bool {
        guard case .scalar = node, let value = node.bool else {
            throw fail(.wrongType, "expected true or false, found '\(node.string ?? "a structure")'")
        }
        return value
    }

    /// The key-value pairs of a mapping, in file order.
    public func entries() throws -> [(key: String, value: PackNode)] {
        guard case .mapping(let mapping) = node else {
            throw fail(.wrongType, "expected a mapping (key: value)")
        }
        return mapping.map { pair in
            (
                pair.key.string ?? "",
                PackNode(node: pair.value, file: file, field: path(pair.key.string ?? ""))
            )
        }
    }

    /// The node as a list of numbers.
    public func doubles() throws -> [Double] { try list().map { try $0.double() } }

    /// The node as a mapping from text to numbers, in file order.
    public func weights() throws -> [(key: String, value: Double)] {
        try entries().map { ($0.key, try $0.value.double()) }
    }

    /// The node as a list of texts.
    public func strings() throws -> [String] { try list().map { try $0.string() } }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        case .duplicatedKeysInMapping(_, let context):
            return context.mark.line
        default:
            return nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicated keys \(duplicates.joined(separator: ", "))"
        default:
            return "\(error)"
        }
    }
}
