import Population
import Foundation
import Testing

@testable import PlaceHealthCLI

/// `segment --deprivation` parsing, and withheld counts in JSON.
@Suite struct DeprivationChoiceTests {
    @Test func choicesParseToDecileRanges() {
        #expect(DeprivationChoice(argument: "deprived")?.scopes.map(\.deciles) == [1...1])
        #expect(DeprivationChoice(argument: "rest")?.scopes.map(\.deciles) == [2...10])
        #expect(DeprivationChoice(argument: "split")?.scopes.map(\.deciles) == [1...1, 2...10])
        #expect(DeprivationChoice(argument: "each")?.scopes.map(\.deciles) == (1...10).map { $0...$0 })
        #expect(DeprivationChoice(argument: "decile:3") == .deciles(3...3))
        #expect(DeprivationChoice(argument: "decile:1-2")?.scopes.map(\.deciles) == [1...2])
        for bad in ["decile:0", "decile:11", "decile:5-2", "decile:", "decile:a", "poor", "decile:1-2-3"] {
            #expect(DeprivationChoice(argument: bad) == nil, "\(bad)")
        }
        #expect(DeprivationChoice.scope(1...1).label.contains("most deprived"))
    }

    @Test func withheldCountsAreNullInJSON() throws {
        struct Row: Encodable {
            let shown: Nullable<Int>
            let withheld: Nullable<Int>
            let cells: [Int?]
        }
        let row = Row(shown: .init(7), withheld: nil, cells: SuppressedJSON.masked([3, 9], [true, false]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(row), as: UTF8.self)
        #expect(text == #"{"cells":[null,9],"shown":7,"withheld":null}"#)
    }
}
