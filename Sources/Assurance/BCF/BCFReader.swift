import Foundation
import PlaceModel
import PlacePack
import Yams

/// Reads one plan file's fields, refusing what cannot be read (a missing field, an amount that is
/// not money, a percentage outside 0–100, a date that does not exist, a value not on the template's
/// list) and recording every required field left blank.
final class BCFReader {
    private(set) var blanks: [BCFPlan.Blank] = []

    /// The child `key` of `node`, nil if it is null or empty; refused if the key is absent and
    /// `present` is required. A blank required field is recorded against `sheet`.
    func child(_ node: PackNode, _ key: String, sheet: BCFSheet, required: Bool = true, present: Bool = true)
        throws -> PackNode?
    {
        guard case .mapping(let mapping) = node.node else {
            throw node.fail(.wrongType, "expected a mapping (key: value) holding '\(key)'")
        }
        let path = node.field.isEmpty ? key : "\(node.field).\(key)"
        guard let value = mapping[key] else {
            if present { throw node.fail(.missingField, "required field '\(key)' is missing", field: path) }
            if required { blanks.append(.init(sheet: sheet, field: path, line: node.line)) }
            return nil
        }
        if value.null != nil || value.string?.trimmingCharacters(in: .whitespaces) == "" {
            if required {
                blanks.append(.init(sheet: sheet, field: path, line: value.mark?.line ?? node.line))
            }
            return nil
        }
        return try node.optional(key)
    }

    /// Text.
    func text(_ node: PackNode, _ key: String, sheet: BCFSheet, required: Bool = true, present: Bool = true)
        throws -> String?
    {
        try child(node, key, sheet: sheet, required: required, present: present)?.string()
    }

    /// An amount of money: "£7,302,720", 7302720 or 7302720.50.
    func money(_ node: PackNode, _ key: String, sheet: BCFSheet) throws -> Money? {
        guard let field = try child(node, key, sheet: sheet) else { return nil }
        let text = try field.string()
        guard let money = Money(text: text) else {
            throw field.fail(
                .wrongType, "'\(text)' is not an amount of money (such as £7,302,720 or 1234.50)")
        }
        return money
    }

    /// A number; with `percent`, "85.0%" or 85.0, from 0 to 100.
    func number(
        _ node: PackNode, _ key: String, sheet: BCFSheet, percent: Bool = false, required: Bool = true
    )
        throws -> Double?
    {
        guard let field = try child(node, key, sheet: sheet, required: required, present: required) else {
            return nil
        }
        var text = try field.string().trimmingCharacters(in: .whitespaces).replacingOccurrences(
            of: ",", with: "")
        if percent, text.hasSuffix("%") { text.removeLast() }
        guard let value = Double(text), value.isFinite, value >= 0 else {
            throw field.fail(.wrongType, "'\(try field.string())' is not a number of zero or more")
        }
        if percent, value > 100 {
            throw field.fail(.outOfRange, "\(try field.string()) is a percentage outside 0–100")
        }
        return value
    }

    /// One of a list's values, as the template spells them.
    func choice<Value: RawRepresentable & CaseIterable>(
        _ node: PackNode, _ key: String, _ type: Value.Type, sheet: BCFSheet, required: Bool = true,
        present: Bool = true
    ) throws -> Value? where Value.RawValue == String {
        guard let field = try child(node, key, sheet: sheet, required: required, present: present) else {
            return nil
        }
        let text = try field.string()
        // The template's lists are matched without regard to case ("high" is High).
        let match =
            Value(rawValue: text) ?? Value.allCases.first { $0.rawValue.lowercased() == text.lowercased() }
        guard let value = match else {
            let known = Value.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            throw field.fail(.wrongType, "'\(text)' is not one of \(known)")
        }
        return value
    }

    /// Yes or no.
    func yesNo(_ node: PackNode, _ key: String, sheet: BCFSheet) throws -> Bool? {
        try child(node, key, sheet: sheet)?.bool()
    }

    /// A date that exists.
    func date(_ node: PackNode, _ key: String, sheet: BCFSheet, required: Bool) throws -> CivilDate? {
        guard let field = try child(node, key, sheet: sheet, required: required, present: false) else {
            return nil
        }
        return try AssuranceBook.date(field)
    }

    /// Records a blank that a rule, not the file's shape, requires.
    func blank(_ node: PackNode, _ key: String, sheet: BCFSheet) {
        blanks.append(
            .init(sheet: sheet, field: node.field.isEmpty ? key : "\(node.field).\(key)", line: node.line))
    }
}
