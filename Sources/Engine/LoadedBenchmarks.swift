import PlaceModel
import Store

/// England's published values of each indicator, by period, as loaded from Fingertips data
/// downloads (`published_values`, persons, no category): the city's benchmark where one is loaded
/// for the period, in place of the pack's assumed value.
package struct LoadedBenchmarks: Sendable {
    /// The code of England.
    package static let england = "E92000001"

    /// indicator → period → value.
    let values: [String: [String: Double]]

    /// The loaded values of `store` (none when nothing was loaded).
    package init(store: any PlaceStore) throws {
        var values: [String: [String: Double]] = [:]
        let rows = try store.query(
            """
            SELECT indicator_id, period, value FROM published_values
            WHERE area_code = ? AND sex = 'Persons' AND category_type = '' AND value IS NOT NULL
            ORDER BY indicator_id, period, age
            """, [.text(Self.england)])
        for row in rows {
            guard let indicator = row[0].textValue, let period = row[1].textValue, let value = row[2].number
            else {
                continue
            }
            if values[indicator]?[period] == nil { values[indicator, default: [:]][period] = value }
        }
        self.values = values
    }

    /// The loaded England values of one indicator, by period.
    package func england(_ indicator: String) -> [String: Double] { values[indicator] ?? [:] }
}
