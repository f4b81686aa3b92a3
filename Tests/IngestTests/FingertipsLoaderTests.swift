import Foundation
import Ingest
import PlaceModel
import PlacePack
import Store
import Testing
import TestSupport

/// Fingertips data downloads: rows checked, then all stored or nothing; periods written as
/// PlaceHealth writes them; a newer file's row replaces an older one; `fingertips_id` matches.
@Suite struct FingertipsLoaderTests {
    static let header =
        "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit"

    func store() throws -> SQLiteStore {
        try SQLiteStore(path: SyntheticStore.scratch("fingertips").appendingPathComponent("s.sqlite").path)
    }

    func file(_ rows: [String]) throws -> String {
        let path = try SyntheticStore.scratch("fingertips").appendingPathComponent("data.csv").path
        try ([Self.header] + rows).joined(separator: "\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    var set: IndicatorSet {
        var indicators = try! Repository.leeds.indicators().indicators
        let i = indicators.firstIndex { $0.id == "adults-who-smoke" }!
        indicators[i].fingertipsID = "92443"
        return IndicatorSet(suppressionThreshold: 5, indicators: indicators)
    }

    func stored(_ store: SQLiteStore) throws -> [[FieldValue]] {
        try store.query(
            "SELECT indicator_id, area_code, period, value, lower95 FROM published_values ORDER BY period, area_code",
            [])
    }

    @Test func rowsAreStoredWithPeriodsAsPlaceHealthWritesThem() throws {
        let store = try store()
        let path = try file([
            "92443,Smoking,,,E92000001,England,England,Persons,18+ yrs,,,2016 - 18,14.4,14.2,14.6",
            "adults-who-smoke,Adults who smoke,,,E92000001,England,England,Persons,18+ yrs,,,2019,13.9,,",
            "infant-mortality,Infant mortality,,,E92000001,England,England,Persons,<1 yr,,,2017 - 19,,,",
        ])
        #expect(try FingertipsLoader(store: store, set: set).load(path) == 3)
        let rows = try stored(store)
        #expect(rows.map { $0[2].textValue } == ["2016-18", "2017-19", "2019"])
        #expect(rows[0][0].textValue == "adults-who-smoke", "matched by fingertips_id")
        #expect(rows[1][3] == .null, "a withheld value is stored empty")
        #expect(rows[2][4] == .null)
        // A newer file's row replaces the older one; the others stay.
        let newer = try file([
            "92443,Smoking,,,E92000001,England,England,Persons,18+ yrs,,,2016 - 18,14.5,14.3,14.7"
        ])
        _ = try FingertipsLoader(store: store, set: set).load(newer)
        let after = try stored(store)
        #expect(after.count == 3)
        #expect(after[0][3].number == 14.5)
    }

    @Test(
        "A bad row refuses the whole file, naming its line and field",
        arguments: [
            ("smokers,Smoking,,,E92000001,England,England,Persons,18+ yrs,,,2019,13.9,,", "Indicator ID"),
            ("92443,Smoking,,,England,England,England,Persons,18+ yrs,,,2019,13.9,,", "Area Code"),
            ("92443,Smoking,,,E92000001,England,England,Persons,18+ yrs,,,2019/21,13.9,,", "Time period"),
            ("92443,Smoking,,,E92000001,England,England,Persons,18+ yrs,,,2019,high,,", "Value"),
            (
                "92443,Smoking,,,E92000001,England,England,Persons,18+ yrs,,,2019,13.9,13,x",
                "Upper CI 95.0 limit"
            ),
        ])
    func refused(row: String, field: String) throws {
        let store = try store()
        let path = try file([
            "92443,Smoking,,,E92000001,England,England,Persons,18+ yrs,,,2018,14.4,14.2,14.6", row,
        ])
        do {
            _ = try FingertipsLoader(store: store, set: set).load(path)
            Issue.record("accepted \(row)")
        } catch let error as LoadError {
            #expect("\(error)".contains("\(path):3: \(field):"), "\(error)")
        }
        #expect(try stored(store).isEmpty, "nothing stored")
    }

    @Test func aFileWithoutTheRequiredColumnsIsRefused() throws {
        let path = try SyntheticStore.scratch("fingertips").appendingPathComponent("bad.csv").path
        try "Indicator ID,Area Code,Value\n92443,E92000001,14\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: LoadError.self) { try FingertipsLoader(store: try store(), set: set).load(path) }
    }
}
