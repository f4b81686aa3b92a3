import Access
import Population
import Foundation
import Hummingbird
import Logging

/// Turns every failure into a page (or, under `/api` and for `.json`, a JSON document) that says
/// what went wrong without internal detail: 404 with links to what exists, 400 naming the parameter,
/// 500 for anything unexpected (logged). Adds the headers every response carries.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = DashboardContext

    let watch: GenerationWatch

    /// Content Security Policy: no scripts at all; styles and images from the dashboard only.
    static let policy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    /// The `Referrer-Policy` header's name.
    static let referrerPolicy = HTTPFields.Element.Name("Referrer-Policy")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws
        -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as DashboardError {
            response = await failure(error, request: request)
            if error.status == 405 { response.headers[.allow] = "GET" }
        } catch let error as PopulationError {
            response = await failure(.unknown(error), request: request)
        } catch is CohortRuleError {
            response = await failure(.needsModel(), request: request)
        } catch let error as AccessError where error == .purposeRequired && Self.wantsJSON(request) {
            // The API names the parameter (a form's page says "choose the purpose" as it is).
            let purposes = Purpose.allCases.map(\.rawValue).joined(separator: ", ")
            response = await failure(
                .badParameter("purpose", "choose the purpose of this request: one of \(purposes)."),
                request: request)
        } catch let error as AccessError {
            response = await failure(.refused(error), request: request)
            if let wait = error.retryAfter { response.headers[.retryAfter] = String(wait) }
        } catch let error as any HTTPResponseError where error.status == .notFound {
            // A path of the API asked with a method it does not answer: 405 with the methods it does.
            if ![.get, .head].contains(request.method),
                let allow = OpenAPIDocument.allowedMethods(request.uri.path)
            {
                response = await failure(
                    .methodNotAllowed(request.method.rawValue, allow: allow), request: request)
                response.headers[.allow] = allow
            } else {
                response = await failure(.noRoute(request.uri.path), request: request)
            }
        } catch let error as any HTTPResponseError where error.status.code < 500 {
            response = await failure(
                .badParameter("request", "the request could not be understood (\(error.status.code))."),
                request: request, status: error.status)
        } catch {
            context.logger.error("\(request.method) \(request.uri.path): \(String(describing: error))")
            response = await unexpected(request)
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.referrerPolicy] = "no-referrer"
        return response
    }

    /// Whether the request expects JSON.
    static func wantsJSON(_ request: Request) -> Bool {
        let path = request.uri.path
        return path.hasPrefix("/api/") || path.hasSuffix(".json")
    }

    private func failure(_ error: DashboardError, request: Request, status: HTTPResponse.Status? = nil) async
        -> Response
    {
        let status = status ?? HTTPResponse.Status(code: error.status)
        if Self.wantsJSON(request) {
            let document = APIModel.ErrorDocument(
                error: .init(
                    status: status.code, message: error.message,
                    parameter: [400, 404].contains(status.code) ? error.parameter : nil))
            let body = (try? Rendered.json(document).body) ?? ByteBuffer(string: "{}")
            return Response(
                status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: body))
        }
        let layout = await watch.current().layout
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: Pages.errorPage(error, layout: layout).text)))
    }

    private func unexpected(_ request: Request) async -> Response {
        if Self.wantsJSON(request) {
            let body = ByteBuffer(
                string:
                    "{\"error\":{\"message\":\"The request could not be completed; the problem has been logged.\",\"status\":500}}"
            )
            return Response(
                status: .internalServerError, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: body))
        }
        let layout = await watch.current().layout
        return Response(
            status: .internalServerError, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: Pages.failurePage(layout: layout).text)))
    }
}
