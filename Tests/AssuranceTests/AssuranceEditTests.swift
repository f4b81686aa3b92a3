import Assurance
import Foundation
import PlaceModel
import PlacePack
import Testing
import TestSupport

/// Versions applied to the book: the latest visible one of each item; drafts for editors only;
/// and the book exported as YAML reads back as the same book.
@Suite("Edits of the registers and plans")
struct AssuranceEditTests {
    static let book = try! AssuranceBook.read(from: Repository.leeds)

    static func edit(
        _ sequence: Int, _ kind: AssuranceEdit.Kind, _ container: String, _ item: String, _ body: String,
        _ state: AssuranceEdit.State
    ) -> AssuranceEdit {
        AssuranceEdit(
            sequence: sequence, kind: kind, container: container, item: item, body: body, author: "tester",
            at: "2019-09-01T10:00:00Z", state: state)
    }

    static func risk(_ id: String, now likelihood: Int) -> String {
        """
        {"id": "\(id)", "description": "Beds are short due to closures resulting in waits", "owner": "A&E Delivery Board",
         "before": {"likelihood": 4, "consequence": 4}, "now": {"likelihood": \(likelihood), "consequence": 4},
         "target": {"likelihood": 2, "consequence": 4}, "review": "2019-12-31"}
        """
    }

    @Test("The latest visible version wins; drafts count only for editors")
    func latestVisibleVersion() throws {
        let edits = [
            Self.edit(1, .risk, "winter-2018", "W9", Self.risk("W9", now: 3), .published),
            Self.edit(2, .risk, "winter-2018", "W9", Self.risk("W9", now: 5), .draft),
            Self.edit(3, .risk, "winter-2018", "W1", Self.risk("W1", now: 1), .published),
        ]
        let everyone = try Self.book.applying(edits, drafts: false).register(id: "winter-2018")!
        let editors = try Self.book.applying(edits, drafts: true).register(id: "winter-2018")!
        #expect(everyone.risks.count == Self.book.register(id: "winter-2018")!.risks.count + 1)
        #expect(everyone.risks.first { $0.id == "W9" }?.now.likelihood == 3)
        #expect(editors.risks.first { $0.id == "W9" }?.now.likelihood == 5)
        #expect(everyone.risks.first { $0.id == "W1" }?.now.likelihood == 1, "W1 replaced in place")
        #expect(everyone.risks.first?.id == "W1")
        // Nothing else moved.
        #expect(try Self.book.applying([], drafts: true).registers == Self.book.registers)
    }

    @Test("A version that does not read is refused naming its field")
    func refused() {
        let bad: [(AssuranceEdit, String)] = [
            (Self.edit(1, .risk, "winter-2018", "W9", Self.risk("W9", now: 6), .draft), "now.likelihood"),
            (Self.edit(1, .risk, "winter-2018", "W8", Self.risk("W9", now: 2), .draft), "id"),
            (Self.edit(1, .risk, "nowhere", "W9", Self.risk("W9", now: 2), .draft), "nowhere"),
            (
                Self.edit(
                    1, .action, "cqc-2019", "A9",
                    #"{"id": "A9", "action": "x", "owner": "y", "raised": "2019-05-01", "due": "2019-04-01"}"#,
                    .draft),
                "due"
            ),
        ]
        for (edit, field) in bad {
            do {
                _ = try Self.book.applying([edit], drafts: true)
                Issue.record("accepted \(edit.body)")
            } catch let error as PackError {
                #expect("\(error) \(String(reflecting: error))".contains(field), "\(error)")
            } catch { Issue.record("\(error)") }
        }
    }

    @Test("A risk's and an action's bodies read back as the same item")
    func bodiesRoundTrip() throws {
        let register = Self.book.register(id: "winter-2018")!
        let plan = Self.book.plan(id: "cqc-2019")!
        let edits =
            register.risks.enumerated().map {
                Self.edit($0.offset + 1, .risk, register.id, $0.element.id, $0.element.body, .published)
            }
            + plan.actions.enumerated().map {
                Self.edit(100 + $0.offset, .action, plan.id, $0.element.id, $0.element.body, .published)
            }
        let again = try Self.book.applying(edits, drafts: false)
        #expect(again.registers == Self.book.registers)
        #expect(again.plans == Self.book.plans)
    }

    @Test("The exported YAML reads back as the same book")
    func exportRoundTrip() throws {
        let folder = try SyntheticStore.scratch("export")
        try FileManager.default.copyItem(
            at: Repository.leedsFolder.appendingPathComponent("bcf"), to: folder.appendingPathComponent("bcf")
        )
        try Self.book.yaml().write(
            to: folder.appendingPathComponent(AssuranceBook.file), atomically: true, encoding: .utf8)
        let again = try AssuranceBook.read(directory: folder)
        #expect(again.matrices == Self.book.matrices)
        #expect(again.registers == Self.book.registers)
        #expect(again.plans == Self.book.plans)
    }
}
