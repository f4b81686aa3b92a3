import Foundation
import PlacePack

extension BCFPlan {
    /// Reads a plan from a YAML file laid out as docs/assurance.md describes.
    ///
    /// - Throws: ``PackError`` naming the file, line and field: a missing sheet or field, an amount
    ///   that is not money, a percentage outside 0–100, a date that does not exist, a value not on
    ///   the template's lists, a repeated scheme id, a change or requirement missing or repeated.
    ///   Required fields left blank are not refused: they are reported by the completeness checks.
    public static func read(path: String) throws -> BCFPlan {
        // Errors name the path as given.
        let base = URL(fileURLWithPath: path.hasPrefix("/") ? "/" : FileManager.default.currentDirectoryPath)
        let root = try PackNode.parse(file: path, in: base)
        let reader = BCFReader()
        try readCover(root.required("cover"), reader)
        let narrative = try root.required("narrative")
        for key in ["person_centred_outcomes", "integrated_services", "wider_services", "system_alignment"] {
            _ = try reader.text(narrative, key, sheet: .narrative)
        }
        let income = try root.required("income").list().map { line in
            Income(
                source: try required(
                    reader.choice(line, "source", BCFFundingSource.self, sheet: .income), line, "source"),
                contributor: try reader.text(line, "contributor", sheet: .income),
                amount: try reader.money(line, "amount", sheet: .income))
        }
        let minimums = try root.required("minimum_spend")
        var ids = Set<String>()
        let schemes = try root.required("schemes").list().map { node in
            let scheme = try readScheme(node, reader)
            guard ids.insert(scheme.id).inserted else {
                throw node.fail(
                    .duplicateCode, "scheme '\(scheme.id)' appears twice", field: "\(node.field).id")
            }
            return scheme
        }
        return BCFPlan(
            template: try root.required("template").string(), board: try root.required("board").string(),
            source: try root.required("source").string(), income: income,
            minimumOutOfHospital: try required(
                reader.money(minimums, "nhs_out_of_hospital", sheet: .expenditure), minimums,
                "nhs_out_of_hospital"),
            minimumSocialCare: try required(
                reader.money(minimums, "adult_social_care", sheet: .expenditure), minimums,
                "adult_social_care"),
            additionalLA: try reader.yesNo(root, "additional_la_contribution", sheet: .income),
            additionalCCG: try reader.yesNo(root, "additional_ccg_contribution", sheet: .income),
            schemes: schemes, changes: try readChanges(root.required("hicm"), reader),
            metrics: try readMetrics(root.required("metrics"), reader),
            requirements: try readRequirements(root.required("requirements"), reader), blanks: reader.blanks)
    }

    /// The value, or a refusal: the template fills this field itself, so it cannot be blank.
    static func required<Value>(_ value: Value?, _ node: PackNode, _ key: String) throws -> Value {
        guard let value else {
            throw node.fail(.missingField, "'\(key)' cannot be blank", field: "\(node.field).\(key)")
        }
        return value
    }

    private static func readCover(_ cover: PackNode, _ reader: BCFReader) throws {
        for key in ["completed_by", "email", "contact_number", "signed_off_by"] {
            _ = try reader.text(cover, key, sheet: .cover)
        }
        let later = try reader.yesNo(cover, "sign_off_after_submission", sheet: .cover)
        _ = try reader.date(cover, "sign_off_meeting", sheet: .cover, required: later == true)
        for contact in try cover.required("contacts").list() {
            for key in ["role", "name", "email"] { _ = try reader.text(contact, key, sheet: .cover) }
        }
    }
}
