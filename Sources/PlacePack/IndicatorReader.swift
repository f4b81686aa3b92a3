import PlaceModel
import Foundation

/// The pack's indicator definitions and their publication rules.
public struct IndicatorSet: Sendable {
    /// Published counts from 1 to threshold − 1 are suppressed.
    public let suppressionThreshold: Int
    /// The definitions, in file order.
    public let indicators: [IndicatorDefinition]

    /// A set of definitions with its suppression threshold.
    public init(suppressionThreshold: Int, indicators: [IndicatorDefinition]) {
        self.suppressionThreshold = suppressionThreshold
        self.indicators = indicators
    }

    /// The definition with this id.
    public func indicator(_ id: String) -> IndicatorDefinition? { indicators.first { $0.id == id } }
}

extension PlacePack {
    /// Reads the pack's `indicators.yaml`; errors name the file, line and field.
    public func indicators() throws -> IndicatorSet {
        let root = try PackNode.parse(file: files["indicators"] ?? "indicators.yaml", in: directory)
        let threshold = try root.optional("suppression")?.optional("threshold")?.int() ?? 5
        var seen = Set<String>()
        let definitions = try root.required("indicators").list().map { node -> IndicatorDefinition in
            let definition = try IndicatorReader.definition(node)
            guard seen.insert(definition.id).inserted else {
                throw try node.required("id").fail(
                    .duplicateCode, "indicator id '\(definition.id)' is defined twice")
            }
            return definition
        }
        return IndicatorSet(suppressionThreshold: threshold, indicators: definitions)
    }
}

enum IndicatorReader {
    static func enumValue<T: RawRepresentable & CaseIterable>(_ node: PackNode, _ type: T.Type) throws -> T
    where T.RawValue == String {
        let text = try node.string()
        guard let value = T(rawValue: text) else {
            throw node.fail(
                .wrongType, "'\(text)' is not one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// A breakdown of indicator results (``Breakdown/indicators``; the city is always computed).
    static func breakdown(_ node: PackNode) throws -> Breakdown {
        let text = try node.string()
        guard let value = Breakdown(rawValue: text), Breakdown.indicators.contains(value), value != .city
        else {
            let names = Breakdown.indicators.dropFirst().map(\.rawValue).joined(separator: ", ")
            throw node.fail(.wrongType, "'\(text)' is not a breakdown of indicators: one of \(names)")
        }
        return value
    }

    static func definition(_ node: PackNode) throws -> IndicatorDefinition {
        let method = try enumValue(node.required("method"), IndicatorDefinition.Method.self)
        let benchmark = try node.optional("benchmark").map { b in
            IndicatorDefinition.Benchmark(
                england: try b.required("england").double(), period: try b.optional("period")?.string(),
                source: try b.optional("source")?.string() ?? "",
                assumed: try b.optional("assumed")?.bool() ?? true)
        }
        let isAggregate = method == .aggregate
        var definition = IndicatorDefinition(
            id: try node.required("id").string(), name: try node.required("name").string(),
            sets: try node.required("sets").strings(), definition: try node.required("definition").string(),
            follows: try node.optional("follows")?.string() ?? "",
            outcome: try node.optional("outcome")?.int(),
            priorities: try node.optional("priorities")?.list().map { try $0.int() } ?? [],
            polarity: try enumValue(node.required("polarity"), IndicatorDefinition.Polarity.self),
            unit: try node.required("unit").string(), multiplier: try node.required("multiplier").double(),
            method: method,
            period: try enumValue(node.required("period"), IndicatorDefinition.PeriodType.self),
            breakdowns: try node.optional("breakdowns")?.list().map(breakdown) ?? [], benchmark: benchmark,
            target: try node.optional("target")?.optional("value")?.double(),
            note: try node.optional("note")?.string(),
            aggregate: isAggregate ? try node.required("aggregate").string() : nil,
            numerator: isAggregate ? nil : try selection(node.required("numerator")),
            denominator: isAggregate || method == .mean ? nil : try selection(node.required("denominator")))
        definition.fingertipsID = try node.optional("fingertips_id")?.string()
        if let given = try node.optional("inequality") {
            definition.inequality = try inequality(given, method)
        }
        return definition
    }

    /// `inequality: {basis: crude, why: "…"}` or `{basis: age-standardised}` (crude rates only).
    static func inequality(_ node: PackNode, _ method: IndicatorDefinition.Method) throws -> InequalityBasis {
        let basisNode = try node.required("basis")
        let kind = try enumValue(basisNode, InequalityBasis.Kind.self)
        let why = try node.optional("why")?.string()
        switch kind {
        case .crude:
            guard let why, !why.isEmpty else {
                throw node.fail(
                    .missingField, "a crude basis needs `why:` (why the values are not age-standardised)")
            }
            return InequalityBasis(.crude, why: why)
        case .ageStandardised:
            guard method == .crudeRate || method == .proportion else {
                throw basisNode.fail(
                    .wrongType, "only crude rates and proportions can be age-standardised here")
            }
            return InequalityBasis(.ageStandardised)
        case .standardisedByMethod:
            guard InequalityBasis.default(for: method).kind == .standardisedByMethod else {
                throw basisNode.fail(.wrongType, "the method \(method.rawValue) does not standardise for age")
            }
            return InequalityBasis(.standardisedByMethod)
        }
    }

    static func selection(_ node: PackNode) throws -> Selection {
        let table = try node.optional("table")?.string()
        if table == nil, try node.optional("population")?.string() != "residents" {
            throw node.fail(.missingField, "a selection needs `table:` or `population: residents`")
        }
        let age = try node.optional("age")
        let count: Selection.Count
        let countText = try node.optional("count")?.string() ?? "records"
        switch countText {
        case "records": count = .records
        case "persons": count = .persons
        case let text where text.hasPrefix("sum:"): count = .sum(String(text.dropFirst(4)))
        case let text where text.hasPrefix("mean:"): count = .mean(String(text.dropFirst(5)))
        case let text where text.hasPrefix("bed-days:"): count = .bedDays(String(text.dropFirst(9)))
        default:
            throw try node.required("count").fail(
                .wrongType, "count is records, persons, sum:COLUMN, mean:COLUMN or bed-days:COLUMN")
        }
        return Selection(
            table: table, date: try node.optional("date")?.string(),
            filters: try node.optional("where").map(filters) ?? [],
            minAge: try age?.optional("min")?.int(), maxAge: try age?.optional("max")?.int(),
            person: try node.optional("person").map(filters) ?? [],
            register: try node.optional("register")?.string(),
            count: count, latest: try node.optional("latest")?.bool() ?? false,
            origin: "\(node.file):\(node.line.map(String.init) ?? "?") \(node.field)")
    }

    static func filters(_ node: PackNode) throws -> [Selection.Filter] {
        guard case .mapping = node.node else { return [] }
        return try node.entries().map { column, value in
            if value.node.null != nil { return Selection.Filter(column: column, condition: .isNull) }
            switch value.node {
            case .sequence:
                return Selection.Filter(
                    column: column, condition: .oneOf(try value.list().map { try $0.string() }))
            case .mapping:
                return Selection.Filter(
                    column: column,
                    condition: .range(
                        min: try value.optional("min")?.double(), max: try value.optional("max")?.double()))
            default: return Selection.Filter(column: column, condition: .oneOf([try value.string()]))
            }
        }
    }
}
