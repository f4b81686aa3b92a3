import Access
import Foundation
import Population
import Store
import Testing

/// A timeline comes a page at a time (issue 12, item 17): a person with thousands of records gives
/// 500 events per page, page 1 the most recent, the pages together every event once.
@Suite struct TimelinePageTests {
    @Test func aLongRecordIsReadAPageAtATimeMostRecentFirst() throws {
        let store = try AccessStore.make(persons: 300)
        let (practice, _, _) = try AccessStore.areas(store)
        let person = Int64(
            try store.query(
                "SELECT MIN(person_id) FROM persons WHERE practice_code = ? AND registered_to IS NULL",
                [.text(practice)])[0][0].number!)
        try store.transaction { writer in
            try writer.execute(
                """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1800)
                INSERT INTO observations (observation_id, person_id, obs_date, kind, value_code, value_num)
                SELECT 900000000 + i, ?, date('2015-01-01', '+' || i || ' days'), 'bmi', NULL, 25 FROM n
                """, [.int(person)])
        }
        let reader = TimelineReader(store: store)
        let whole = try reader.timeline(of: person, scope: .practice(practice), pageSize: 100_000)
        #expect(whole.entries.count == whole.total && whole.total > 1800)
        var pages: [[PersonTimeline.Entry]] = []
        for page in 1... {
            let timeline = try reader.timeline(of: person, scope: .practice(practice), page: page)
            #expect(timeline.total == whole.total && timeline.pageSize == 500)
            if timeline.entries.isEmpty { break }
            #expect(timeline.entries.count <= 500)
            pages.append(timeline.entries)
        }
        #expect(pages.count == (whole.total + 499) / 500)
        #expect(pages[0].count == 500)
        #expect(pages[0].last?.date == whole.entries.last?.date, "page 1 ends with the most recent")
        let joined = pages.reversed().flatMap { $0 }
        #expect(joined.map(\.date) == whole.entries.map(\.date))
        #expect(Set(joined.map(\.kind)) == Set(whole.entries.map(\.kind)))
    }
}
