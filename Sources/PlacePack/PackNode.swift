import Foundation
import Yams

/// A YAML node together with where it came from, so every read can fail with the file, line and
/// field it was reading.
struct PackNode {
    let node: Node
    let file: String
    let field: String

    var line: Int? { node.mark?.line }

    /// Parses a pack file, turning YAML syntax errors into ``PackError``s with their line.
    static func parse(file: String, in directory: URL) throws -> PackNode {
        let url = directory.appendingPathComponent(file)
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PackError(
                .fileNotFound, file: file, line: nil, field: "", message: "cannot read \(url.path)")
        }
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

    func fail(_ kind: PackError.Kind, _ message: String, field: String? = nil) -> PackError {
        PackError(kind, file: file, line: line, field: field ?? self.field, message: message)
    }

    private func path(_ key: String) -> String { field.isEmpty ? key : "\(field).\(key)" }

    func optional(_ key: String) throws -> PackNode? {
        guard case .mapping(let mapping) = node else {
            throw fail(.wrongType, "expected a mapping (key: value) holding '\(key)'")
        }
        guard let child = mapping[key] else { return nil }
        if child.null != nil { return nil }
        return PackNode(node: child, file: file, field: path(key))
    }

    func required(_ key: String) throws -> PackNode {
        guard let child = try optional(key) else {
            throw fail(.missingField, "required field '\(key)' is missing", field: path(key))
        }
        return child
    }

    func list() throws -> [PackNode] {
        guard case .sequence(let sequence) = node else { throw fail(.wrongType, "expected a list") }
        return sequence.enumerated().map { PackNode(node: $1, file: file, field: "\(field)[\($0)]") }
    }

    func string() throws -> String {
        guard case .scalar(let scalar) = node else { throw fail(.wrongType, "expected text") }
        guard !scalar.string.isEmpty else { throw fail(.wrongType, "expected text, found nothing") }
        return scalar.string
    }

    func int() throws -> Int {
        guard case .scalar = node, let value = node.int else {
            throw fail(.wrongType, "expected a whole number, found '\(node.string ?? "a structure")'")
        }
        return value
    }

    func double() throws -> Double {
        guard case .scalar = node, let value = node.float ?? node.int.map(Double.init), value.isFinite else {
            throw fail(.wrongType, "expected a number, found '\(node.string ?? "a structure")'")
        }
        return value
    }

    func bool() throws -> Bool {
        guard case .scalar = node, let value = node.bool else {
            throw fail(.wrongType, "expected true or false, found '\(node.string ?? "a structure")'")
        }
        return value
    }

    func strings() throws -> [String] { try list().map { try $0.string() } }

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
