import Foundation
import NIOCore

/// A response body made once and served many times from the cache.
struct Rendered: Sendable {
    /// The media type (`text/html; charset=utf-8`).
    let contentType: String
    /// The bytes.
    let body: ByteBuffer
    /// A download's file name, if it is one.
    let filename: String?

    /// An HTML page.
    static func html(_ page: HTML) -> Rendered {
        Rendered(contentType: "text/html; charset=utf-8", body: ByteBuffer(string: page.text), filename: nil)
    }

    /// A JSON document (keys sorted, so that the same document gives the same bytes).
    static func json(_ value: some Encodable) throws -> Rendered {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Rendered(
            contentType: "application/json", body: ByteBuffer(data: try encoder.encode(value)), filename: nil)
    }

    /// A CSV download.
    static func csv(_ text: String, filename: String) -> Rendered {
        Rendered(contentType: "text/csv; charset=utf-8", body: ByteBuffer(string: text), filename: filename)
    }
}
