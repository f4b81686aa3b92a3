import Assurance
import Foundation
import TestSupport

/// The Leeds Better Care Fund plan 2019/20 (transcribed from the seed), and altered copies of it.
enum BCFFixture {
    /// The plan's path in the pack.
    static let path = Repository.leedsFolder.appendingPathComponent("bcf/leeds-2019-20.yaml").path

    /// The plan as shipped.
    static let leeds: BCFPlan = try! BCFPlan.read(path: path)

    /// Thrown when a text to change is not in the plan exactly once.
    struct NotOnce: Error, CustomStringConvertible {
        let description: String
    }

    /// A copy of the plan with each `old` (which must occur exactly once) replaced by its `new`.
    static func copy(_ changes: [(old: String, new: String)]) throws -> String {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        for (old, new) in changes {
            let count = text.components(separatedBy: old).count - 1
            guard count == 1 else { throw NotOnce(description: "'\(old)' occurs \(count) times in the plan") }
            text = text.replacingOccurrences(of: old, with: new)
        }
        let folder = try SyntheticStore.scratch("bcf")
        let copy = folder.appendingPathComponent("leeds-2019-20.yaml").path
        try text.write(toFile: copy, atomically: true, encoding: .utf8)
        return copy
    }

    /// The altered plan's checks, by id.
    static func checks(_ changes: [(old: String, new: String)]) throws -> [String: BCFCheck] {
        let plan = try BCFPlan.read(path: copy(changes))
        return Dictionary(uniqueKeysWithValues: plan.checks().map { ($0.id, $0) })
    }
}

extension BCFPlan {
    /// The checks by id.
    var byID: [String: BCFCheck] { Dictionary(uniqueKeysWithValues: checks().map { ($0.id, $0) }) }
}
