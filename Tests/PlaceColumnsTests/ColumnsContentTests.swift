import Foundation
import PlaceColumns
import PlaceModel
import Store
import Testing

import TestSupport

/// The columns hold what the store holds: every table's rows, dates as day numbers, codes with
/// their dictionary, persons as positions, and empty values as empty.
@Suite struct ColumnsContentTests {
    @Test func everyTableAndValueMatchesTheStore() throws {
        let store = try SyntheticStore.make(persons: 300, seed: 11)
        let columns = try PlaceColumns.open(store)
        for schema in PlaceSchema.tables {
            #expect(columns.table(schema.name).count == (try rows(store, schema.name)), "\(schema.name)")
        }
        // Admissions, column by column, against the store's own rows in order.
        let admissions = columns.table("admissions")
        let rows = try store.query(
            "SELECT person_id, method, admit_date, discharge_date, delayed_days, acs FROM admissions ORDER BY rowid",
            [])
        #expect(rows.count == admissions.count && !rows.isEmpty)
        for (r, row) in rows.enumerated() {
            guard case .int(let id) = row[0] else { continue }
            #expect(admissions.person[r] == Int32(try #require(columns.position(of: id))))
            #expect(columns.personIDs[Int(admissions.person[r])] == id)
            #expect(admissions["method"]?.text(r) == row[1].textValue)
            #expect(admissions["admit_date"]?.text(r) == row[2].textValue)
            #expect(admissions["discharge_date"]?.text(r) == row[3].textValue)
            #expect(admissions["delayed_days"]?.int(r) == row[4].number.map { Int64($0) })
            #expect(admissions["acs"]?.int(r) == row[5].number.map { Int64($0) })
        }
        // A code column's dictionary starts with its code list, in order.
        guard case .codes(_, let dictionary) = admissions["method"] else {
            Issue.record("method is not coded")
            return
        }
        #expect(Array(dictionary.prefix(2)) == ["elective", "emergency"])
        // Record identifiers are not held; persons keep theirs, in order.
        #expect(admissions["admission_id"] == nil)
        #expect(columns.personIDs.elementsEqual(columns.personIDs.sorted()))
    }

    @Test func theAreaHierarchyIsTheStores() throws {
        let store = try SyntheticStore.make(persons: 200, seed: 3)
        let areas = try PlaceColumns.open(store).areas
        let lsoas = try store.query("SELECT COUNT(*) FROM areas WHERE kind = 'lsoa'", [])
        #expect(lsoas.first?.first?.number == Double(areas.lsoas.count))
        #expect(areas.lsoas.map(\.code) == areas.lsoas.map(\.code).sorted())
        #expect(
            areas.lsoas.allSatisfy { !$0.ward.isEmpty && !$0.lcp.isEmpty && (1...10).contains($0.decile) })
        #expect(!areas.practices.isEmpty && areas.practices.allSatisfy { !$0.pcn.isEmpty && !$0.lcp.isEmpty })
    }

    @Test func dayNumbersBecomeDates() {
        for date in [
            "1800-01-01", "1900-02-28", "2000-02-29", "2023-12-31", "2199-12-31", "2250-06-15", "1750-03-01",
        ] {
            let civil = CivilDate(iso: date)!
            #expect(DayNumbers.ymd(civil.day) == civil.ymd, "\(date)")
        }
    }

    /// Rows stored in table `name`.
    func rows(_ store: SQLiteStore, _ name: String) throws -> Int {
        Int(try store.query("SELECT COUNT(*) FROM \(name)", []).first?.first?.number ?? -1)
    }
}
