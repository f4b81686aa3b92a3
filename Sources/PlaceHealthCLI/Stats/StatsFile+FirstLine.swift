import Tabular

extension StatsFile {
    /// The line of the first record before `line` whose group columns hold `key` and which
    /// `matches`; nil if there is none.
    func firstLine(
        before line: Int, columns: [Int], key: [String], where matches: (CSVFields) -> Bool
    ) throws -> Int? {
        struct Found: Error { let line: Int }
        do {
            try forEachRecord { record in
                guard record.line < line else { throw Found(line: 0) }
                let same = zip(columns, key).allSatisfy { input.text(record, $0) == $1 }
                if same, matches(record) { throw Found(line: record.line) }
            }
        } catch let found as Found {
            return found.line == 0 ? nil : found.line
        }
        return nil
    }
}
