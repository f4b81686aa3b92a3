import Population
import Testing

@testable import PlaceHealthCLI

/// `segment --deprivation` parsing.
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
}
