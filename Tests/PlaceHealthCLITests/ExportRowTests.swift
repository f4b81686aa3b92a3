import Publication
import Engine
import PlacePack
import Statistics
import Testing

@testable import PlaceHealthCLI

/// Rows of the Fingertips-layout export.
@Suite struct ExportRowTests {
    let definition = IndicatorDefinition(
        id: "x", name: "An indicator", sets: [], definition: "", follows: "", outcome: nil, priorities: [],
        polarity: .lowerIsBetter, unit: "", multiplier: 100_000, method: .crudeRate, period: .financialYear,
        breakdowns: [], benchmark: nil, target: 500, note: nil, aggregate: nil,
        numerator: Selection(
            table: "admissions", date: "admit_date", filters: [], minAge: 18, maxAge: nil, person: [],
            register: nil,
            count: .records, latest: false, origin: "test"),
        denominator: nil)
    let city = AreaDirectory.Area(code: "E08000035", name: "Leeds", kind: "city", parent: nil)
    let ward = AreaDirectory.Area(code: "W1", name: "Ward One", kind: "ward", parent: "L1")

    func result(_ breakdown: String, _ group: String, numerator: Double, suppressed: Bool = false)
        -> PublishedResult
    {
        var r = IndicatorResult(
            indicator: "x", period: "2019/20", breakdown: breakdown, group: group, numerator: numerator,
            denominator: 1000, value: numerator * 100, lower95: numerator * 90, upper95: numerator * 110,
            lower998: nil, upper998: nil)
        r.benchmark = 600
        r.benchmarkLabel = "Leeds"
        r.compared95 = .lower
        return PublishedResult(r, suppressed: suppressed, polarity: .lowIsGood)
    }

    @Test func aWardRowFollowsFingertipsColumns() {
        let row = ExportCommand.row(
            result("ward", "W1", numerator: 4), definition, areas: ["W1": ward], city: city)
        #expect(row.count == ExportCommand.header.count && ExportCommand.header.count == 27)
        let cell = Dictionary(uniqueKeysWithValues: zip(ExportCommand.header, row))
        #expect(
            cell["Parent Code"] == "E08000035" && cell["Area Name"] == "Ward One"
                && cell["Area Type"] == "Ward")
        #expect(cell["Sex"] == "Persons" && cell["Age"] == "18+ yrs" && cell["Time period"] == "2019/20")
        #expect(cell["Value"] == "400" && cell["Count"] == "4" && cell["Denominator"] == "1000")
        #expect(cell["Compared to Region value or percentiles"] == "Better")
        #expect(cell["Compared to England value or percentiles"] == "Not compared")
        #expect(cell["Compared to goal"] == "Meeting goal" && cell["Time period Sortable"] == "20190000")
    }

    @Test func aSuppressedRowHasNoFiguresAndSaysWhy() {
        let row = ExportCommand.row(
            result("decile", "1", numerator: 3, suppressed: true), definition, areas: [:], city: city)
        let cell = Dictionary(uniqueKeysWithValues: zip(ExportCommand.header, row))
        #expect(cell["Area Code"] == "E08000035" && cell["Category"] == "Decile 1")
        #expect(cell["Value"] == "" && cell["Count"] == "" && cell["Lower CI 95.0 limit"] == "")
        #expect(cell["Value note"] == "Value suppressed for disclosure control due to small count")
    }
}
