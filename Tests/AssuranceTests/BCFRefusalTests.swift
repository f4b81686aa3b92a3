import Assurance
import PlacePack
import Testing

/// Bad input in a plan file is refused with the file, line and field; nothing is read from it.
@Suite("Better Care Fund plans refused")
struct BCFRefusalTests {
    @Test(
        "Each bad value is refused naming its line and field",
        arguments: [
            (
                #"amount: "£3,310,729""#, #"amount: "three million""#, "income[3].amount",
                "not an amount of money"
            ),
            (#""£270,812""#, #""£270,81.2""#, "schemes[0].expenditure", "not an amount of money"),
            (#"plan: "85.0%""#, #"plan: "185.0%""#, "metrics.reablement.plan", "outside 0–100"),
            (
                "sign_off_after_submission: no\n  sign_off_meeting:",
                "sign_off_after_submission: yes\n  sign_off_meeting: \"2019-02-30\"",
                "cover.sign_off_meeting", "not a date"
            ),
            (
                #"adult_social_care: "£15,988,500""#, #"adult_social_kare: "£15,988,500""#,
                "minimum_spend.adult_social_care", "missing"
            ),
            (#"id: "7""#, #"id: "3""#, "schemes[1].id", "appears twice"),
            (
                #"ongoing service.\#n    type: "HICM for Managing Transfer of Care""#,
                #"ongoing service.\#n    type: "Hospital""#, "schemes[0].type", "is not one of"
            ),
            (
                #"{change: 7, name: "Focus on choice""#, #"{change: 6, name: "Focus on choice""#, "change",
                "appears twice"
            ),
            ("  - code: PR9\n", "  - code: PR10\n", "code", "not PR1 to PR9"),
            ("narrative:\n", "narratives:\n", "narrative", "missing"),
        ])
    func refused(old: String, new: String, field: String, message: String) throws {
        let path = try BCFFixture.copy([(old, new)])
        do {
            _ = try BCFPlan.read(path: path)
            Issue.record("\(new) was accepted")
        } catch let error as PackError {
            let text = String(reflecting: error) + " " + String(describing: error)
            #expect(text.contains("leeds-2019-20.yaml"), "\(text)")
            #expect(text.contains(field), "\(text)")
            #expect(text.contains(message), "\(text)")
            #expect(error.line != nil, "\(text)")
        }
    }

    @Test("A risk may link only to the book's actions and the plan's schemes")
    func riskLinks() throws {
        try expectRefused(
            good: "schemes: [\"3\", \"400\"]", bad: "schemes: [\"3\", \"999\"]", field: "schemes")
        try expectRefused(
            good: "linked_actions: [cqc-2019/A3]", bad: "linked_actions: [cqc-2019/A99]",
            field: "linked_actions")
    }
}
