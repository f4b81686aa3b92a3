import Access
import Population

extension OpenAPIDocument {
    /// Who may call an operation: anyone (the session, if any, decides suppression) or a signed-in user.
    enum Caller {
        /// Anyone; a signed-in analyst, clinician, governance lead or administrator sees every count.
        case anyone
        /// A signed-in user with the right role (and, for person-level data, scope).
        case signedIn
    }

    /// A GET operation of the population API: `content` of `schema` (a component) for 200, the
    /// given error statuses (each a component response), and who may call it.
    static func operation(
        _ id: String, _ summary: String, description: String, schema: String, parameters: [String],
        errors: [Int], caller: Caller, content: String = "application/json", links: String? = nil
    ) -> String {
        let refs = parameters.map { "{\"$ref\":\"#/components/parameters/\($0)\"}" }.joined(separator: ",")
        let security = caller == .anyone ? "[{},{\"session\":[]}]" : "[{\"session\":[]}]"
        let failures = errors.map { "\"\($0)\":{\"$ref\":\"#/components/responses/\(errorNames[$0]!)\"}" }
        let ok =
            "\"200\":{\"description\":\"OK\",\"content\":{\"\(content)\":{\"schema\":\(type(schema))}}\(links.map { ",\"links\":\($0)" } ?? "")}"
        return """
            {"get":{"operationId":"\(id)","summary":"\(summary)","description":"\(description)","security":\(security),"parameters":[\(refs)],"responses":{\(([ok] + failures).joined(separator: ","))}}}
            """
    }

    /// The component response of each error status of the population API.
    static let errorNames = [
        400: "BadRequest", 401: "SignInRequired", 403: "Forbidden", 404: "PopulationNotFound",
        409: "NeedsRiskModel", 503: "NotReady",
    ]

    /// Person-level: audited, for clinicians in scope.
    static let personLevel =
        "PERSON-LEVEL: for a signed-in clinician, within a practice or LCP assigned to them; every request by a signed-in user, granted or refused, is written to the audit log (refusals of requests by no signed-in user are counted by minute)."

    /// From a case-finding list to the timeline of its first person (for direct care).
    static let timelineLink = """
        {"firstPersonTimeline":{"operationId":"getTimeline","description":"The timeline of the list's first person.","parameters":{"id":"$response.body#/entries/0/personID","purpose":"direct-care"}}}
        """

    /// The population and access paths.
    static let populationPaths = [
        "\"/api/population/segments\":"
            + operation(
                "getSegments", "Persons by segment and group",
                description:
                    "Persons in each population segment by group on the population date. Counts the viewer may not see are null and suppressed is true.",
                schema: "CountTable", parameters: ["by"], errors: [400, 503], caller: .anyone),
        "\"/api/population/frailty\":"
            + operation(
                "getFrailty", "Persons aged 65+ by frailty category and group",
                description:
                    "Persons aged 65 and over in each electronic frailty index category by group. Counts the viewer may not see are null and suppressed is true.",
                schema: "CountTable", parameters: ["by"], errors: [400, 503], caller: .anyone),
        "\"/api/population/risk\":"
            + operation(
                "getRiskReport", "The stored risk model's out-of-time report",
                description: "404 when no risk model is stored (placehealth risk train).",
                schema: "RiskReport",
                parameters: [], errors: [404, 503], caller: .anyone),
        "\"/api/cohorts\":"
            + operation(
                "listCohorts", "The pack's predefined cohorts",
                description: "Identifier, name, rule and source.",
                schema: "CohortList", parameters: [], errors: [503], caller: .anyone),
        "\"/api/cohorts/{id}/counts\":"
            + operation(
                "getCohortCounts", "A cohort's members by group",
                description:
                    "Counts the viewer may not see are null and suppressed is true. 409 when the cohort uses risk and no model is stored.",
                schema: "CohortCounts", parameters: ["cohortId", "by"], errors: [400, 404, 409, 503],
                caller: .anyone),
        "\"/api/cohorts/{id}/people\":"
            + operation(
                "getCaseFindingList", "A cohort's case-finding list for a practice or LCP",
                description: personLevel, schema: "CaseFindingList",
                parameters: ["cohortId", "scope", "purpose"],
                errors: [400, 401, 403, 404, 409, 503], caller: .signedIn, links: timelineLink),
        "\"/api/cohorts/{id}/people.csv\":"
            + operation(
                "getCaseFindingCSV", "The same list as a CSV download",
                description: personLevel
                    + " A first line starting # names the list (SYNTHETIC when it is), then a header row: person_id, age, sex, practice, segment, frailty, risk, why.",
                schema: "string", parameters: ["cohortId", "scope", "purpose"],
                errors: [400, 401, 403, 404, 409, 503], caller: .signedIn, content: "text/csv"),
        "\"/api/people/{id}/timeline\":"
            + operation(
                "getTimeline", "One person's joined-up record",
                description: personLevel
                    + " A person outside the scope and a person not held are refused alike (403); a scope naming no practice or LCP is 404.",
                schema: "PersonTimeline", parameters: ["personId", "scope", "purpose", "page"],
                errors: [400, 401, 403, 404, 503], caller: .signedIn),
        "\"/api/audit\":"
            + operation(
                "getAudit", "A month of the audit log and its review",
                description: "For the information-governance lead only.", schema: "AuditDocument",
                parameters: ["month"], errors: [400, 401, 403, 503], caller: .signedIn),
    ]
}
