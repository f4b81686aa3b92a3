import Foundation
import PlaceModel

extension CohortEvaluator {
    /// Why person `i` is in the cohort: one line per test that holds, with the evidence (dates,
    /// counts, scores). Empty if they are not in it.
    public func reasons(_ i: Int) -> [String] {
        guard matches(i) else { return [] }
        return reasons(rule.test, i)
    }

    private func reasons(_ test: CohortTest, _ i: Int) -> [String] {
        switch test {
        case .all(let parts): return parts.flatMap { reasons($0, i) }
        case .any(let parts): return parts.first { holds($0, i) }.map { reasons($0, i) } ?? []
        case .none(_, let source): return ["not \(source)"]
        case .atom(let atom, let source): return [explain(atom, source, i)]
        }
    }

    private func date(_ day: Int32) -> String { CivilDate(day: day).description }

    private func explain(_ atom: CohortAtom, _ source: String, _ i: Int) -> String {
        let day = snapshot.date.day
        switch atom {
        case .register(let code):
            let since = data.events(.condition).first(i, code: code, onOrBefore: day).map(date) ?? "?"
            return "on the \(PopulationCodes.registers[Int(code)].lowercased()) register since \(since)"
        case .problem(let code):
            let since = data.events(.problem).first(i, code: code, onOrBefore: day).map(date) ?? "?"
            return
                "\(PopulationCodes.problems[Int(code)].replacingOccurrences(of: "_", with: " ")) recorded \(since)"
        case .careHome:
            let homes = data.events(.careHomeAdmission)
            let admitted = homes.range(i).first { homes.flags[$0] & 1 != 0 && homes.date[$0] <= day }
            return "permanent care home admission \(admitted.map { date(homes.date[$0]) } ?? "?")"
        case .receives(let setting):
            let packages = data.events(.carePackage)
            let r = package(i, setting)
            let name = r.map {
                PopulationCodes.careSettings[Int(packages.code[$0])].replacingOccurrences(of: "_", with: " ")
            }
            return "\(name ?? "social care") package since \(r.map { date(packages.date[$0]) } ?? "?")"
        case .prescribed(let medicine, _):
            let medications = data.events(.medication)
            let r = lastPrescribed(i, medicine, 0x7fff_ffff)
            return
                "\(PopulationCodes.medicines[Int(medicine)]) prescribed (latest \(r.map { date(medications.date[$0]) } ?? "?")) [\(source)]"
        case .riskTop(_, let within):
            let risk = scores.map { String(format: "%.1f%%", $0[i] * 100) } ?? "?"
            let group = within == .city ? "the place" : "\(within.rawValue) \(within.label(i, data, age: 0))"
            return "risk of an emergency admission in 12 months \(risk), in the top of \(group) [\(source)]"
        case .number(let term, _, _):
            return "\(describe(term, i)) [\(source)]"
        case .category(let field, _, _):
            return
                "\(field.rawValue.replacingOccurrences(of: "_", with: " ")) \(category(field, i) ?? "?") [\(source)]"
        }
    }

    private func describe(_ term: CohortNumber, _ i: Int) -> String {
        let value = number(term, i) ?? .nan
        switch term {
        case .age: return "aged \(Int(value))"
        case .efi, .deficits:
            let count = snapshot.deficits[i].nonzeroBitCount
            return String(format: "eFI %.2f (%d of 36 deficits)", FrailtyIndex.score(count), count)
        case .conditions: return "\(Int(value)) long-term conditions"
        case .decile: return "lives in IMD decile \(Int(value))"
        case .risk: return String(format: "risk of an emergency admission in 12 months %.1f%%", value * 100)
        case .courses(let medicine, let days, let respiratoryOnly):
            let found = courses(i, medicine, days, respiratoryOnly)
            let last = found.last.map { date(data.events(.medication).date[$0]) } ?? "none"
            return
                "\(found.count) \(PopulationCodes.medicines[Int(medicine)]) course\(found.count == 1 ? "" : "s")"
                + "\(respiratoryOnly ? " for respiratory symptoms" : "") in \(days) days (latest \(last))"
        case .admissions(let days, let emergency):
            return
                "\(Int(value)) \(emergency ? "emergency" : "elective") admission\(value == 1 ? "" : "s") in \(days) days"
        case .attendances(let days):
            return "\(Int(value)) A&E attendance\(value == 1 ? "" : "s") in \(days) days"
        }
    }
}
