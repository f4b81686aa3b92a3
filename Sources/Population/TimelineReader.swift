import PlaceModel
import Store

/// Reads one person's timeline from the store, after checking that they are in the requested
/// scope: a person outside it, and a person not held at all, get the same refusal.
public struct TimelineReader: Sendable {
    /// The store.
    public let store: any PlaceStore

    /// A reader of `store`.
    public init(store: any PlaceStore) { self.store = store }

    /// Events on a page of a timeline.
    public static let pageSize = 500
    /// The deepest page given (older events need another way in: a timeline is for care, not export).
    public static let deepestPage = 100

    /// One page of the timeline of `personID` (page 1 holds the most recent events), if registered
    /// with the practice (or in the LCP) of `scope`. At most `page × pageSize` events per source
    /// are read, so a person with millions of records costs no more than a page's worth.
    ///
    /// - Throws: ``PopulationError`` when the scope's area does not exist or the person is not in
    ///   it (the message names the scope, not the person).
    public func timeline(
        of personID: Int64, scope: AccessScope, page requested: Int = 1, pageSize: Int = Self.pageSize
    ) throws -> PersonTimeline {
        let page = min(max(requested, 1), Self.deepestPage)
        let person = try store.query(
            """
            SELECT p.birth_date, p.sex, p.ethnic_group, p.practice_code, p.lsoa_code,
                   (SELECT n.parent_code FROM areas x JOIN areas n ON n.area_code = x.parent_code
                     WHERE x.area_code = p.practice_code),
                   (SELECT w.parent_code FROM areas l JOIN areas w ON w.area_code = l.parent_code
                     WHERE l.area_code = p.lsoa_code),
                   p.registered_to
            FROM persons p WHERE p.person_id = ?
            """, [.int(personID)]
        ).first
        try checkScope(scope)
        guard let person, Self.isIn(scope, person) else { throw PopulationError.notInScope(scope) }
        let wanted = page * pageSize
        var (entries, total) = ([PersonTimeline.Entry](), 0)
        for source in TimelineSource.all {
            let date = source.dateColumn
            let rows = try store.query(
                "SELECT * FROM (\(source.sql)) WHERE \(date) IS NOT NULL ORDER BY \(date) DESC LIMIT ?",
                [.int(personID), .int(Int64(wanted))])
            let read = rows.flatMap(source.entries)
            entries += read
            total +=
                rows.count < wanted
                ? read.count
                : Int(
                    try store.query(
                        "SELECT COUNT(*) FROM (\(source.sql)) WHERE \(date) IS NOT NULL", [.int(personID)]
                    )[0][0].number ?? 0)
        }
        let order = Dictionary(uniqueKeysWithValues: TimelineSource.sources.enumerated().map { ($1, $0) })
        entries = entries.enumerated().sorted { a, b in
            (a.element.date, order[a.element.source] ?? 99, a.offset) < (
                b.element.date, order[b.element.source] ?? 99, b.offset
            )
        }.map(\.element)
        let end = max(entries.count - (page - 1) * pageSize, 0)
        entries = Array(entries[max(end - pageSize, 0)..<end])
        return PersonTimeline(
            personID: personID, scope: scope, birthDate: person[0].textValue ?? "",
            sex: person[1].textValue ?? "",
            ethnicGroup: person[2].textValue ?? "", practice: person[3].textValue ?? "",
            lsoa: person[4].textValue ?? "",
            entries: entries, page: page, pageSize: pageSize, total: total,
            synthetic: try store.dataset()["synthetic"] == "true")
    }

    private func checkScope(_ scope: AccessScope) throws {
        switch scope {
        case .practice(let code):
            guard
                try !store.query(
                    "SELECT 1 FROM areas WHERE area_code = ? AND kind = 'practice'", [.text(code)]
                ).isEmpty
            else { throw PopulationError.unknownArea("practice", code) }
        case .lcp(let code):
            guard
                try !store.query("SELECT 1 FROM areas WHERE area_code = ? AND kind = 'lcp'", [.text(code)])
                    .isEmpty
            else { throw PopulationError.unknownArea("LCP", code) }
        }
    }

    /// Whether the person is in `scope`: currently registered with the practice (a registration
    /// that has ended, `registered_to` set, does not count), or in the LCP of their current practice
    /// (of their home when not currently registered, as PopulationData.lcp).
    private static func isIn(_ scope: AccessScope, _ person: [FieldValue]) -> Bool {
        var current = false
        if case .null = person[7] { current = true }
        let practice = current ? person[3].textValue : nil
        switch scope {
        case .practice(let code): return practice == code
        case .lcp(let code):
            return practice == nil ? person[6].textValue == code : person[5].textValue == code
        }
    }
}
