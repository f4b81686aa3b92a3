import Publication
import Scenarios

extension OpenAPIDocument {
    /// The parameters of the scenario endpoints.
    static let scenarioParameters = """
        "scenarioID":{"name":"id","in":"path","required":true,"description":"A stored scenario result's id, or the start of one (GET /api/scenarios lists them). 404 when none, or more than one, has it.","schema":\(shaped(.scenario)),"example":"left-shift"},
        "scenarioBy":{"name":"by","in":"query","required":false,"description":"Only the city, the Local Care Partnerships or the IMD deciles of home; every area when absent.","schema":\(type("string:city|lcp|decile"))}
        """

    /// The scenario paths.
    static let scenarioPaths = [
        "\"/api/scenarios\":"
            + get(
                "listScenarios", "The stored scenario results, newest first", schema: "ScenarioList",
                parameters: []),
        "\"/api/scenarios/{id}\":"
            + get(
                "getScenario",
                "A stored scenario result: every measure's mean and 10th, 50th and 90th percentiles over the runs by area and year, the waterfall and the deprived gap",
                schema: "ScenarioResult", parameters: ["scenarioID", "scenarioBy"], notFound: true),
        "\"/api/scenarios/{id}/results.csv\":" + scenarioCSVPath,
    ]

    /// The scenario CSV download.
    static let scenarioCSVPath = """
        {"get":{"operationId":"getScenarioCSV","summary":"A stored scenario result as CSV (a synthetic column says true for SYNTHETIC data)","parameters":[{"$ref":"#/components/parameters/scenarioID"},{"$ref":"#/components/parameters/scenarioBy"}],"responses":{"200":{"description":"CSV with a header row: \(PublishedScenarios.csvHeader.joined(separator: ", "))","content":{"text/csv":{"schema":{"type":"string"}}}},"400":{"$ref":"#/components/responses/BadRequest"},"404":{"$ref":"#/components/responses/NotFound"}}}}
        """

    /// What produced a stored result.
    static let scenarioRecord: [(String, String)] = [
        ("id", "string"), ("scenarioID", "string"), ("name", "string"), ("fileName", "string"),
        ("fileHash", "string"),
        ("seed", "integer"), ("runs", "integer"), ("baselineYear", "integer"), ("horizonYear", "integer"),
        ("codeVersion", "string"), ("contentVersion", "string"), ("createdAt", "string"),
        ("synthetic", "boolean"),
    ]

    /// The schemas of the scenario endpoints.
    static let scenarioSchemas: [(String, String)] = [
        (
            "StoredScenario",
            object(
                "A stored scenario result: what produced it (the file and its SHA-256, seed, runs, versions) and when.",
                required: scenarioRecord)
        ),
        (
            "ScenarioList",
            object(
                "The stored scenario results, newest first.",
                required: [("scenarios", "[StoredScenario]")] + envelope,
                optional: notice)
        ),
        (
            "ScenarioSeries",
            object(
                "One measure in one area: by year, the mean and 10th, 50th and 90th percentiles over the runs; null when withheld (an observed count below the suppression threshold in the baseline year).",
                required: [
                    ("measure", oneOf(ScenarioMeasure.self)), ("areaType", "string:city|lcp|decile"),
                    ("area", "string"),
                    ("mean", "[number?]"), ("p10", "[number?]"), ("p50", "[number?]"), ("p90", "[number?]"),
                ])
        ),
        (
            "WaterfallStep",
            object(
                "One step of the waterfall from the baseline to the horizon, in expectation: the baseline, a step's change, or the horizon.",
                required: [("step", "string"), ("totalCost", "number"), ("bedDays", "number")])
        ),
        (
            "ScenarioResult",
            object(
                "A stored scenario result, published: counts rounded to 10, money to £10,000.",
                required: scenarioRecord + [
                    ("years", "[integer]"), ("series", "[ScenarioSeries]"), ("waterfall", "[WaterfallStep]"),
                    ("deprivedGapNarrowedShare", "number"),
                ], optional: notice)
        ),
    ]
}
