import Access
import Foundation
import Hummingbird
import HummingbirdAuth
import HTTPTypes

/// The fields of the sign-in form.
struct SignInForm: Decodable {
    let name: String
    let password: String
    let csrf: String
    let next: String?
}

/// A form that carries only its token (sign-out).
struct TokenForm: Decodable {
    let csrf: String
}

extension Dashboard {
    /// Sign-in (`GET`/`POST /signin`) and sign-out (`POST /signout`).
    func addSignIn(to router: Router<DashboardContext>) {
        router.get("/signin") { request, context in
            let session = Self.ensureSession(context)
            let next = request.uri.queryParameters["next"].map(String.init)
            let page = AccountPages(
                layout: await watch.current().layout, user: context.identity, csrf: session.csrf)
            return Self.page(page.signIn(next: Self.safeNext(next), message: nil))
        }
        router.post("/signin") { request, context in
            let form = try await self.form(request, context, as: SignInForm.self)
            try Self.checkToken(form.csrf, context)
            let name = form.name.trimmingCharacters(in: .whitespaces).lowercased()
            // Reserved (and counted as a failure) before the password is checked, so concurrent
            // guesses cannot pass the limit; bcrypt runs in a bounded number of slots.
            let attempt = try throttle.reserve(name: name, client: clientAddress(request, context))
            let (users, password) = (users, form.password)
            guard
                let user = try await verification.run({
                    try await ResponseCache.offload { try users.verify(name: name, password: password) }
                })
            else {
                let csrf = context.sessions.session?.csrf ?? ""
                let page = AccountPages(layout: await watch.current().layout, user: nil, csrf: csrf)
                return Self.page(
                    page.signIn(
                        next: Self.safeNext(form.next), message: AccessError.signInFailed.description),
                    status: .unauthorized)
            }
            throttle.succeeded(attempt)
            // A new session (and cookie) at sign-in, so an earlier session id cannot be reused.
            context.sessions.createSession(WebSession(userName: user.name, credentials: user.credentials))
            return Response(
                status: .seeOther, headers: [.location: Self.safeNext(form.next) ?? "/population"])
        }
        router.post("/signout") { request, context in
            let form = try await self.form(request, context, as: TokenForm.self)
            try Self.checkToken(form.csrf, context)
            context.sessions.clearSession()
            return Response(status: .seeOther, headers: [.location: "/"])
        }
    }

    /// The session, created (anonymous, with a token, for an hour) if the request has none.
    static func ensureSession(_ context: DashboardContext) -> WebSession {
        if let session = context.sessions.session { return session }
        let session = WebSession()
        context.sessions.createSession(session, expiresIn: .seconds(60 * 60))
        return session
    }

    /// The address failed sign-ins are counted against: the socket's peer, or, when the peer is a
    /// trusted proxy (`placehealth serve --trusted-proxy`), the nearest address in its
    /// `X-Forwarded-For` that is not itself a trusted proxy. Without trusted proxies the header is
    /// ignored, so a client cannot choose the address it is counted under.
    func clientAddress(_ request: Request, _ context: DashboardContext) -> String {
        guard trustedProxies.contains(context.client),
            let header = request.headers[values: Self.forwardedFor].last
        else { return context.client }
        let hops = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for hop in hops.reversed() where !trustedProxies.contains(hop) {
            let plausible =
                (2...45).contains(hop.count)
                && hop.allSatisfy { $0.isHexDigit || $0 == "." || $0 == ":" }
            return plausible ? hop : context.client
        }
        return context.client
    }

    /// `X-Forwarded-For`, as a proxy sets it.
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    /// Checks a form's token against the session's.
    ///
    /// - Throws: ``DashboardError/staleForm()`` when there is no session or the tokens differ.
    static func checkToken(_ token: String, _ context: DashboardContext) throws {
        guard let expected = context.sessions.session?.csrf,
            Array(expected.utf8).count == Array(token.utf8).count,
            zip(expected.utf8, token.utf8).reduce(UInt8(0), { $0 | ($1.0 ^ $1.1) }) == 0
        else { throw DashboardError.staleForm() }
    }

    /// A URL-encoded form body (at most 64 KB, arriving within the body timeout), decoded.
    ///
    /// - Throws: ``DashboardError/badParameter(_:_:)`` naming the form when it cannot be read;
    ///   ``DashboardError/slowBody()`` when it does not arrive in time.
    func form<T: Decodable>(_ request: Request, _ context: DashboardContext, as type: T.Type)
        async throws -> T
    {
        let body = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask { try await request.body.collect(upTo: 64 * 1024) }
            group.addTask { [timeout = limits.bodyTimeout] in
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let body = first else {
                throw DashboardError.slowBody()
            }
            return body
        }
        do {
            return try URLEncodedFormDecoder().decode(type, from: String(buffer: body))
        } catch {
            throw DashboardError.badParameter("form", "the form is incomplete: fill in every field.")
        }
    }

    /// `next` if it is a path on this site (not another host), else nil: it starts with one `/`, and
    /// holds no backslash, whitespace or control character (browsers drop tabs and line breaks, so
    /// `/<TAB>/evil.example` would become `//evil.example`, another site).
    static func safeNext(_ next: String?) -> String? {
        func plain(_ text: String) -> Bool {
            text.hasPrefix("/") && !text.hasPrefix("//") && !text.contains("\\")
                && text.unicodeScalars.allSatisfy {
                    $0.value > 0x20 && $0.value != 0x7F && !$0.properties.isWhitespace
                }
        }
        // Checked as given and once percent-decoded, in case something decodes it again.
        guard let next, plain(next), plain(next.removingPercentEncoding ?? "") else { return nil }
        return next
    }

    /// An HTML response that is never cached (it depends on who is signed in).
    static func page(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: html.text)))
    }
}
