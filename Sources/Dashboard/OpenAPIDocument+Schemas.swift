import PlaceModel

extension OpenAPIDocument {
    /// A property type: `string`, `number`, `integer`, `boolean`, `Name` (a schema), `[T]` (an array),
    /// `T?` (a value that may be `null`, as a withheld figure is) or `string:a|b` (one of these strings).
    static func type(_ t: String) -> String {
        if t.hasPrefix("[") {
            return "{\"type\":\"array\",\"items\":\(type(String(t.dropFirst().dropLast())))}"
        }
        if t.hasPrefix("string:") {
            let values = t.dropFirst("string:".count).split(separator: "|").map { "\"\($0)\"" }
            return "{\"type\":\"string\",\"enum\":[\(values.joined(separator: ","))]}"
        }
        if t.hasSuffix("?"), ["string", "number", "integer", "boolean"].contains(String(t.dropLast())) {
            return "{\"type\":[\"\(t.dropLast())\",\"null\"]}"
        }
        if t.hasSuffix("?") { return "{\"anyOf\":[\(type(String(t.dropLast()))),{\"type\":\"null\"}]}" }
        if ["string", "number", "integer", "boolean"].contains(t) { return "{\"type\":\"\(t)\"}" }
        return "{\"$ref\":\"#/components/schemas/\(t)\"}"
    }

    /// The `string:a|b` type of the population's breakdowns (``Breakdown/population``): the `by`
    /// the population endpoints take, and the `breakdown` their documents give.
    static var populationBreakdown: String {
        "string:" + Breakdown.population.map(\.rawValue).joined(separator: "|")
    }

    /// The `string:a|b` type of an enumeration's raw values.
    static func oneOf<T: CaseIterable & RawRepresentable>(_: T.Type) -> String where T.RawValue == String {
        "string:" + T.allCases.map(\.rawValue).joined(separator: "|")
    }

    /// An object schema: `required` members always present, `optional` ones absent when there is no value.
    /// No other members are allowed.
    static func object(_ description: String, required: [(String, String)], optional: [(String, String)] = [])
        -> String
    {
        let properties = (required + optional).map { "\"\($0.0)\":\(type($0.1))" }.joined(separator: ",")
        let names = required.map { "\"\($0.0)\"" }.joined(separator: ",")
        return
            "{\"type\":\"object\",\"description\":\"\(description)\",\"properties\":{\(properties)},\"required\":[\(names)],\"additionalProperties\":false}"
    }

    /// Members every document has: whether the data are synthetic, and the notice when they are.
    static let envelope: [(String, String)] = [("synthetic", "boolean")]
    static let notice: [(String, String)] = [("notice", "string")]

    static func numbers(_ names: [String]) -> [(String, String)] { names.map { ($0, "number") } }

    /// Figures that are always present and `null` when withheld, not computed or not finite.
    static func figures(_ names: [String]) -> [(String, String)] { names.map { ($0, "number?") } }

    /// The schemas.
    static let schemas =
        "{"
        + (indicatorSchemas + scenarioSchemas + populationSchemas).map { "\"\($0.0)\":\($0.1)" }.joined(
            separator: ",\n")
        + "}"

    /// The schemas of the indicator endpoints.
    static let indicatorSchemas: [(String, String)] = [
        ("Error", object("An error.", required: [("error", "ErrorDetail")])),
        (
            "ErrorDetail",
            object(
                "What went wrong.", required: [("status", "integer"), ("message", "string")],
                optional: [("parameter", "string")])
        ),
        (
            "Benchmark",
            object(
                "The England comparator.",
                required: [("england", "number"), ("source", "string"), ("assumed", "boolean")],
                optional: [("period", "string")])
        ),
        (
            "Indicator",
            object(
                "An indicator definition.",
                required: [
                    ("id", "string"), ("name", "string"), ("sets", "[string]"), ("definition", "string"),
                    ("follows", "string"),
                    ("priorities", "[integer]"), ("polarity", "string"), ("unit", "string"),
                    ("multiplier", "number"),
                    ("method", "string"), ("periodType", "string"), ("breakdowns", "[string]"),
                ],
                optional: [
                    ("outcome", "integer"), ("benchmark", "Benchmark"), ("target", "number"),
                    ("note", "string"),
                ])
        ),
        (
            "IndicatorList",
            object(
                "Indicator definitions.", required: envelope + [("indicators", "[Indicator]")],
                optional: notice)
        ),
        (
            "IndicatorDetail",
            object(
                "One definition and its periods, oldest first.",
                required: envelope + [("indicator", "Indicator"), ("periods", "[string]")],
                optional: notice)
        ),
        (
            "Result",
            object(
                "One published result, as the command line's JSON gives it too; every member is present, and numerator, value, limits, comparison and trend are null when suppressed.",
                required: [
                    ("indicator", "string"), ("period", "string"), ("breakdown", "string"),
                    ("group", "string"),
                    ("groupName", "string"), ("suppressed", "boolean"),
                ]
                    + figures([
                        "numerator", "denominator", "value", "lower95", "upper95", "lower998", "upper998",
                        "benchmark",
                    ])
                    + [
                        ("benchmarkLabel", "string?"), ("compared95", "string?"),
                        ("compared998", "string?"), ("assessment", "string?"), ("trend", "string?"),
                        ("trendText", "string?"),
                    ])
        ),
        (
            "Results",
            object(
                "Results of one indicator and breakdown.",
                required: envelope + [
                    ("indicator", "string"), ("breakdown", "string"), ("suppressionThreshold", "integer"),
                    ("results", "[Result]"),
                ],
                optional: notice + [("period", "string")])
        ),
        (
            "Inequality",
            object(
                "Inequality in one period: deprived (IMD decile 1) against the rest, and the slope and relative indices across deciles.",
                required: [
                    ("indicator", "string"), ("period", "string"), ("area", "string"),
                    ("suppressed", "boolean"),
                    ("gapSuppressed", "boolean"), ("indicesSuppressed", "boolean"),
                ]
                    + figures([
                        "deprived", "rest", "gapAbsolute", "gapAbsoluteLower", "gapAbsoluteUpper",
                        "gapRelative", "gapRelativeLower",
                        "gapRelativeUpper", "sii", "siiLower", "siiUpper", "rii", "riiLower", "riiUpper",
                    ]))
        ),
        (
            "Progress",
            object(
                "Are the poorest improving fastest? The change in the gap from the first to the last period.",
                required: [
                    ("indicator", "string"), ("firstPeriod", "string"), ("lastPeriod", "string"),
                    ("answer", "string"), ("answerText", "string"),
                ] + figures(["gapFirst", "gapLast", "change", "changeLower", "changeUpper"]))
        ),
        (
            "Inequalities",
            object(
                "Inequalities of one indicator.",
                required: envelope + [
                    ("indicator", "string"), ("area", "string"), ("inequalities", "[Inequality]"),
                ],
                optional: notice + [("progress", "Progress")])
        ),
        (
            "Area",
            object(
                "An area.", required: [("code", "string"), ("kind", "string"), ("name", "string")],
                optional: [("parent", "string")])
        ),
        ("AreaList", object("Areas.", required: envelope + [("areas", "[Area]")], optional: notice)),
        (
            "ProfileRow",
            object(
                "One indicator of an area profile.",
                required: [
                    ("indicator", "string"), ("name", "string"), ("unit", "string"),
                    ("polarity", "string"), ("period", "string"), ("areasCompared", "integer"),
                ],
                optional: [("result", "Result")]
                    + numbers(["cityValue", "minimum", "lowerQuartile", "upperQuartile", "maximum"]))
        ),
        (
            "AreaProfile",
            object(
                "An area profile.", required: envelope + [("area", "Area"), ("profile", "[ProfileRow]")],
                optional: notice)
        ),
        (
            "ScorecardRow",
            object(
                "One indicator on the scorecard: latest result, every period (oldest first), inequality and progress.",
                required: [
                    ("indicator", "string"), ("name", "string"), ("unit", "string"),
                    ("polarity", "string"), ("method", "string"), ("periodType", "string"),
                    ("outcome", "integer?"), ("priorities", "[integer]"), ("series", "[Result]"),
                    ("latest", "Result?"), ("inequality", "Inequality?"), ("progress", "Progress?"),
                    ("inequalityBasis", "string"), ("inequalityBasisText", "string"),
                ])
        ),
        (
            "PrioritySection",
            object(
                "A priority.",
                required: [("number", "integer"), ("name", "string"), ("indicators", "[ScorecardRow]")])
        ),
        (
            "OutcomeSection",
            object(
                "An outcome.",
                required: [
                    ("number", "integer"), ("name", "string"), ("priorities", "[PrioritySection]"),
                ])
        ),
        (
            "SetSection",
            object(
                "Another plan's indicators.",
                required: [("id", "string"), ("name", "string"), ("indicators", "[ScorecardRow]")])
        ),
        (
            "Scorecard",
            object(
                "The strategy scorecard.",
                required: envelope + [
                    ("vision", "string"), ("area", "string"), ("areaName", "string"),
                    ("breakdown", "string"),
                    ("outcomes", "[OutcomeSection]"), ("otherPriorities", "[PriorityName]"),
                    ("sets", "[SetSection]"), ("notice", "string?"), ("unsuppressed", "boolean"),
                    ("period", "string?"),
                ])
        ),
        (
            "PriorityName",
            object(
                "A priority no indicator is listed under first.",
                required: [("number", "integer"), ("name", "string")])
        ),
        (
            "TableRows",
            object("Rows stored in a table.", required: [("table", "string"), ("rows", "integer")])
        ),
        (
            "Load",
            object(
                "One load of a source file.",
                required: [
                    ("file", "string"), ("table", "string"), ("at", "string"), ("status", "string"),
                    ("rowsRead", "integer"), ("rowsStored", "integer"), ("rowsQuarantined", "integer"),
                ])
        ),
        (
            "About",
            object(
                "Facts about the data.",
                required: envelope + [
                    ("place", "string"), ("pack", "string"), ("suppressionThreshold", "integer"),
                    ("tables", "[TableRows]"), ("loads", "[Load]"),
                ],
                optional: notice + [
                    ("seed", "string"), ("personsRequested", "integer"), ("studyYears", "string"),
                    ("resultsComputedAt", "string"), ("syntheticNote", "string"),
                ])
        ),
    ]
}
