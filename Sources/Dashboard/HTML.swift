/// A fragment of HTML (or SVG) whose interpolated text is escaped by construction.
///
/// `"<p>\(name)</p>" as HTML` escapes `name`; interpolating another `HTML` inserts it as it is.
struct HTML: ExpressibleByStringInterpolation, Sendable, CustomStringConvertible {
    /// The markup.
    private(set) var text: String

    /// Markup taken as it is (only for text the program itself wrote).
    init(raw: String) { text = raw }

    init(stringLiteral value: String) { text = value }

    init(stringInterpolation: StringInterpolation) { text = stringInterpolation.text }

    /// Nothing.
    static let empty = HTML(raw: "")

    var description: String { text }

    /// Appends another fragment.
    mutating func append(_ other: HTML) { text += other.text }

    /// Fragments one after another.
    static func join(_ parts: [HTML], separator: HTML = .empty) -> HTML {
        HTML(raw: parts.map(\.text).joined(separator: separator.text))
    }

    /// Builds the interpolated markup, escaping plain values.
    struct StringInterpolation: StringInterpolationProtocol {
        var text = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: String) { text += literal }
        mutating func appendInterpolation(_ value: String) { text += HTML.escape(value) }
        mutating func appendInterpolation(_ value: String?) { text += HTML.escape(value ?? "") }
        mutating func appendInterpolation(_ value: Int) { text += String(value) }
        mutating func appendInterpolation(_ value: HTML) { text += value.text }
        mutating func appendInterpolation(_ values: [HTML]) { for value in values { text += value.text } }
        /// A coordinate or length for SVG, to one decimal place.
        mutating func appendInterpolation(_ value: Double) { text += SVG.number(value) }
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
