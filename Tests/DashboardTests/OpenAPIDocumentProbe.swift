@testable import Dashboard

/// The OpenAPI document's text, read directly.
enum OpenAPIDocumentProbe {
    static var text: String { OpenAPIDocument.json }
}
