import Dashboard
import Foundation
import Hummingbird
import HummingbirdTesting

/// A browser-like client for in-process tests: keeps the session cookie, reads each form's token,
/// and sends forms.
struct SessionClient: Sendable {
    let client: any TestClientProtocol
    /// Headers sent with every request (a proxy's, say).
    let extra: HTTPFields
    private let jar = CookieJar()

    init(_ client: any TestClientProtocol, headers: HTTPFields = [:]) {
        self.client = client
        extra = headers
    }

    /// The session cookie's value, if any.
    var cookie: String? { jar.value }

    /// The form token of the session (read from the sign-in page).
    func token() async throws -> String {
        let page = try await get("/signin")
        guard let range = page.body.range(of: "name=\"csrf\" value=\"") else { return "" }
        return String(page.body[range.upperBound...].prefix { $0 != "\"" })
    }

    /// `GET uri`.
    func get(_ uri: String) async throws -> Page { try await send(uri, .get, body: nil) }

    /// `HEAD uri` with the session's cookie.
    func head(_ uri: String) async throws -> Page { try await send(uri, .head, body: nil) }

    /// `POST uri` with a URL-encoded form.
    func post(_ uri: String, _ fields: [(String, String)]) async throws -> Page {
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(uri, .post, body: body)
    }

    /// Signs in as `name` with `password`; returns the response to the form.
    func signIn(_ name: String, _ password: String) async throws -> Page {
        let csrf = try await token()
        return try await post("/signin", [("name", name), ("password", password), ("csrf", csrf)])
    }

    private func send(_ uri: String, _ method: HTTPRequest.Method, body: String?) async throws -> Page {
        var headers = extra
        if let value = jar.value { headers[.cookie] = "placehealth_session=\(value)" }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        return try await client.execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }
        ) { response in
            for line in response.headers[values: .setCookie] { jar.take(line) }
            return Page(
                status: Int(response.status.code), contentType: response.headers[.contentType] ?? "",
                headers: response.headers, body: String(buffer: response.body))
        }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

/// The session cookie the server last set.
final class CookieJar: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?

    var value: String? { lock.withLock { stored } }

    func take(_ header: String) {
        let first = header.split(separator: ";").first.map(String.init) ?? ""
        guard first.hasPrefix("placehealth_session=") else { return }
        let value = String(first.dropFirst("placehealth_session=".count))
        lock.withLock { stored = value.isEmpty ? nil : value }
    }
}
