import Foundation

/// The OpenAPI document as served, asked what an operation answers: a response is checked against
/// the schema the document declares for its path and status, and a status the document does not
/// declare for the operation is a problem.
struct OpenAPIContract {
    let document: JSONValue
    let validator: SchemaValidator

    /// The document served at `/openapi.json` by `get`.
    init(_ get: (String) async throws -> Page) async throws {
        document = try JSONValue.parse(try await get("/openapi.json").body)
        validator = SchemaValidator(document: document)
    }

    /// The GET operation of the path `template` (`/api/cohorts/{id}/people`).
    func operation(_ template: String) -> JSONValue? { document["paths"]?[template]?["get"] }

    /// The response the document declares for `status` of `template`, `$ref` resolved.
    func response(_ template: String, status: Int) -> JSONValue? {
        guard let declared = operation(template)?["responses"]?[String(status)] else { return nil }
        guard let ref = declared["$ref"]?.string else { return declared }
        return document["components"]?["responses"]?[String(ref.split(separator: "/").last!)]
    }

    /// The problems of `page`, an answer to a request for `template`: its status must be declared,
    /// its content type too, and a JSON body must conform to the declared schema.
    func problems(_ page: Page, _ template: String) -> [String] {
        guard let response = response(template, status: page.status) else {
            return ["\(template): status \(page.status) is not documented"]
        }
        let type = String(page.contentType.prefix { $0 != ";" })
        guard let schema = response["content"]?[type]?["schema"] else {
            return ["\(template) \(page.status): content type \(type) is not documented"]
        }
        guard type == "application/json" else { return [] }
        do {
            return validator.problems(
                try JSONValue.parse(page.body), against: schema, at: "\(template) \(page.status)")
        } catch {
            return ["\(template) \(page.status): not JSON: \(error)"]
        }
    }
}
