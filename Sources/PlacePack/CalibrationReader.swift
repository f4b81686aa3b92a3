/// Reads and validates `calibration.yaml`: a list of targets under `targets`.
enum CalibrationReader {
    static func read(_ root: PackNode) throws -> [CalibrationTarget] {
        var ids = UniqueCodes(kind: "calibration target")
        return try root.required("targets").list().map { entry in
            let id = try entry.required("id")
            try ids.insert(id.string(), at: id)
            let metric = try entry.required("metric")
            guard CalibrationMetric.isKnown(try metric.string()) else {
                throw metric.fail(.unknownMetric, "unknown metric id '\(try metric.string())'")
            }
            let seed = try entry.optional("seed_document")?.string()
            let assumption = try entry.optional("assumption")?.bool() ?? false
            let citation = try entry.optional("source")?.string()
            let reason = try entry.optional("reason")?.string()
            let source: String
            if let citation {
                source = citation
            } else if let seed {
                source = "Seed document \(seed)"
            } else if assumption, let reason {
                source = "Assumption: \(reason)"
            } else {
                throw entry.fail(
                    .missingField, "a target needs source, seed_document, or assumption: true with a reason",
                    field: entry.field + ".source")
            }
            return CalibrationTarget(
                id: try id.string(), description: try entry.required("description").string(),
                metric: try metric.string(), unit: try entry.required("unit").string(),
                period: try entry.required("period").string(),
                published: try entry.required("published").double(),
                tolerance: try tolerance(entry.required("tolerance")), source: source, assumption: assumption,
                scalesWithPersons: try entry.optional("synthetic_scaled")?.bool() ?? false,
                seedDocument: seed,
                note: reason)
        }
    }

    private static func tolerance(_ node: PackNode) throws -> Tolerance {
        if let relative = try node.optional("relative") {
            guard try relative.double() >= 0 else {
                throw relative.fail(.outOfRange, "tolerance must be >= 0")
            }
            return .relative(try relative.double())
        }
        if let absolute = try node.optional("absolute") {
            guard try absolute.double() >= 0 else {
                throw absolute.fail(.outOfRange, "tolerance must be >= 0")
            }
            return .absolute(try absolute.double())
        }
        throw node.fail(.missingField, "tolerance needs 'relative' or 'absolute'")
    }
}
