import PlaceModel
import Access
import Population

extension OpenAPIDocument {
    /// The parameters of the population and access endpoints (members of `components.parameters`).
    static let populationParameters = """
        "by":{"name":"by","in":"query","required":false,"description":"How to group the counts; lcp when absent.","schema":\(type(populationBreakdown))},
        "cohortId":{"name":"id","in":"path","required":true,"description":"Cohort id (GET /api/cohorts lists them).","schema":{"type":"string"},"example":"respiratory-missing-cases"},
        "personId":{"name":"id","in":"path","required":true,"description":"Pseudonymous person identifier (a whole number).","schema":{"type":"integer","format":"int64"}},
        "scope":{"name":"scope","in":"query","required":false,"description":"The practice or LCP asked for, as practice:CODE or lcp:CODE; may be left out when the user is assigned exactly one (a clinician assigned several who leaves it out gets 400). 404 for a practice or LCP that does not exist.","schema":{"type":"string","pattern":"^(practice|lcp):[A-Za-z0-9._-]{1,16}$"},"example":"lcp:LCP03"},
        "purpose":{"name":"purpose","in":"query","required":true,"description":"Why the person-level data are needed; written to the audit log.","schema":\(type(oneOf(Purpose.self)))},
        "page":{"name":"page","in":"query","required":false,"description":"The page of events: 1 (the default) holds the 500 most recent, 2 the ones before them, and so on.","schema":{"type":"integer","minimum":1,"maximum":\(TimelineReader.deepestPage)}},
        "month":{"name":"month","in":"query","required":false,"description":"The month (YYYY-MM); this month (UTC) when absent.","schema":\(shaped(.month))}
        """

    /// The error responses of the population and access endpoints (members of `components.responses`).
    static let populationResponses = [
        ("SignInRequired", "Not signed in: sign in (POST /signin) and send the session cookie."),
        (
            "Forbidden",
            "The user's role does not allow this, or the practice, LCP or person is outside their assigned areas."
        ),
        (
            "PopulationNotFound",
            "No cohort with that id, no practice or LCP with the scope's code, or no risk model stored."
        ),
        ("NeedsRiskModel", "The cohort uses risk and no risk model is stored yet."),
        (
            "NotReady",
            "The population figures are still being prepared (when the server starts): try again shortly."
        ),
    ].map { name, description in
        "\"\(name)\":{\"description\":\"\(description)\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Error\"}}}}"
    }.joined(separator: ",\n")

    /// The security schemes: the session cookie.
    static let securitySchemes = """
        {"session":{"type":"apiKey","in":"cookie","name":"placehealth_session","description":"The session cookie set by POST /signin, the HTML sign-in form (name, password and the csrf token of the page GET /signin). Person-level endpoints and the audit log need it; on the aggregate endpoints it decides whether small counts are shown (any signed-in role but public). Failed sign-ins are throttled: POST /signin answers 429 with Retry-After."}}
        """
}
