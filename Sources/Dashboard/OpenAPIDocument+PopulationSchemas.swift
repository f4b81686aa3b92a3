import PlaceModel
import Access
import Population

extension OpenAPIDocument {
    /// The schemas of the population and access endpoints, as their encoders write them: a count the
    /// viewer may not see is `null` (never absent); an optional member with no value is absent.
    static let populationSchemas: [(String, String)] = [
        (
            "CountRow",
            object(
                "One group: its counts, one per column, and their total (and, for frailty, the mean eFI score); null when withheld.",
                required: [
                    ("group", "string"), ("name", "string"), ("counts", "[integer?]"), ("total", "integer?"),
                ], optional: [("meanScore", "number?")])
        ),
        (
            "CountTable",
            object(
                "Persons by group and column (segments, or frailty categories of those aged 65+) on a date. suppressed is true when withheld counts are null for this viewer.",
                required: [
                    ("date", "string"), ("breakdown", populationBreakdown), ("columns", "[string]"),
                    ("rows", "[CountRow]"), ("suppressed", "boolean"), ("suppressionThreshold", "integer"),
                    ("synthetic", "boolean"),
                ], optional: [("deficits", "[Deficit]")])
        ),
        (
            "Deficit",
            object(
                "One frailty deficit's prevalence among people aged 65+ in the whole place; null when withheld.",
                required: [("deficit", "string"), ("persons", "integer?"), ("share", "number?")])
        ),
        (
            "Cohort",
            object(
                "A predefined cohort of the pack.",
                required: [("id", "string"), ("name", "string"), ("rule", "string"), ("source", "string")])
        ),
        (
            "CohortList",
            "{\"type\":\"array\",\"description\":\"The pack's cohorts.\",\"items\":{\"$ref\":\"#/components/schemas/Cohort\"}}"
        ),
        (
            "CohortCountRow",
            object(
                "One group: persons in the cohort and persons in the population; null when withheld.",
                required: [
                    ("group", "string"), ("name", "string"), ("persons", "integer?"),
                    ("population", "integer?"),
                ])
        ),
        (
            "CohortCounts",
            object(
                "A cohort's members by group on a date. suppressed is true when withheld counts are null for this viewer.",
                required: [
                    ("cohort", "string?"), ("rule", "string"), ("date", "string"),
                    ("breakdown", populationBreakdown), ("rows", "[CohortCountRow]"), ("total", "integer?"),
                    ("suppressed", "boolean"), ("suppressionThreshold", "integer"), ("synthetic", "boolean"),
                ])
        ),
        (
            "RiskPerformance",
            object(
                "A risk model's figures on the test period for all persons or one group.",
                required: [
                    ("group", "string"), ("persons", "integer?"), ("events", "integer?"),
                    ("observedRate", "number?"), ("meanRisk", "number?"), ("auroc", "number?"),
                    ("brier", "number?"), ("flagged", "integer?"), ("ppvTop2", "number?"),
                    ("sensitivityTop2", "number?"),
                ])
        ),
        (
            "CalibrationGroup",
            object(
                "A tenth of the test period's persons by predicted risk.",
                required: [("persons", "integer?"), ("predicted", "number?"), ("observed", "number?")])
        ),
        (
            "RiskReport",
            object(
                "The stored risk model's out-of-time report: overall, calibration, and by deprivation decile and ethnic group. Withheld counts, and the figures made of them, are null unless the viewer is an analyst (suppressed: false).",
                required: [
                    ("modelVersion", "string"), ("trainDate", "string"), ("testDate", "string"),
                    ("trainPersons", "integer?"), ("trainEvents", "integer?"), ("trainAUROC", "number?"),
                    ("overall", "RiskPerformance"), ("suppressed", "boolean"),
                    ("suppressionThreshold", "integer"),
                    ("calibrationSlope", "number"), ("calibrationIntercept", "number"),
                    ("calibrationDeciles", "[CalibrationGroup]"),
                    ("byDeprivationDecile", "[RiskPerformance]"),
                    ("byEthnicGroup", "[RiskPerformance]"), ("iterations", "integer"),
                    ("converged", "boolean"),
                    ("synthetic", "boolean"),
                ])
        ),
        (
            "AccessScope",
            object(
                "A practice or Local Care Partnership.",
                required: [("kind", "string:practice|lcp"), ("code", "string")])
        ),
        (
            "CaseFindingEntry",
            object(
                "One person on a case-finding list (PERSON-LEVEL).",
                required: [
                    ("personID", "integer"), ("age", "integer"), ("sex", "string"), ("practice", "string"),
                    ("segment", "string"), ("reasons", "[string]"),
                ], optional: [("frailty", "string"), ("risk", "number")])
        ),
        (
            "CaseFindingList",
            object(
                "The people of one practice or LCP in a cohort on a date, each with why (PERSON-LEVEL, audited).",
                required: [
                    ("rule", "string"), ("scope", "AccessScope"), ("date", "string"),
                    ("entries", "[CaseFindingEntry]"), ("synthetic", "boolean"),
                ])
        ),
        (
            "TimelineEntry",
            object(
                "One dated record.",
                required: [
                    ("date", "string"), ("source", "string"), ("kind", "string"), ("detail", "string"),
                ])
        ),
        (
            "PersonTimeline",
            object(
                "Everything held about one person, oldest first (PERSON-LEVEL, audited).",
                required: [
                    ("personID", "integer"), ("scope", "AccessScope"), ("birthDate", "string"),
                    ("sex", "string"),
                    ("ethnicGroup", "string"), ("practice", "string"), ("lsoa", "string"),
                    ("entries", "[TimelineEntry]"), ("page", "integer"), ("pageSize", "integer"),
                    ("total", "integer"), ("synthetic", "boolean"),
                ])
        ),
        (
            "AuditEntry",
            object(
                "One person-level request, granted or refused; scope and purpose are absent when the request named none.",
                required: [
                    ("id", "integer"), ("at", "string"), ("user", "string"), ("role", oneOf(Role.self)),
                    ("action", oneOf(AuditEntry.Action.self)), ("subject", "string"),
                    ("outcome", oneOf(AuditEntry.Outcome.self)), ("records", "integer"),
                    ("channel", oneOf(AuditEntry.Channel.self)),
                ], optional: [("scope", "AccessScope"), ("purpose", oneOf(Purpose.self))])
        ),
        (
            "AuditReviewRow",
            object(
                "One user's use in one area in the month; scope is absent when the requests named none.",
                required: [
                    ("user", "string"), ("role", "string"), ("granted", "integer"), ("refused", "integer"),
                    ("persons", "integer"), ("purposes", "[string]"),
                ], optional: [("scope", "AccessScope")])
        ),
        (
            "AuditReview",
            object(
                "A month's use of person-level data by user and area; anonymousRefused counts the month's refused requests by no signed-in user (counted by minute, not logged one by one).",
                required: [
                    ("month", "string"), ("rows", "[AuditReviewRow]"), ("months", "[string]"),
                    ("anonymousRefused", "integer"),
                ])
        ),
        (
            "AuditDocument",
            object(
                "The month's review and every entry of the month.",
                required: [("review", "AuditReview"), ("entries", "[AuditEntry]")])
        ),
    ]
}
