import PlaceModel
import Tabular

/// Why a field's value is invalid.
struct Invalid: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}

extension RowValidator {
    /// Parses one field according to its column's type.
    func parse(_ column: Column, _ record: CSVRecord, _ index: Int) -> Result<FieldValue, Invalid> {
        switch column.type {
        case .integer(let range):
            guard let value = record.int64(index) else { return .failure(Invalid("not a whole number")) }
            guard range.contains(value) else {
                return .failure(Invalid("out of range \(range.lowerBound)...\(range.upperBound)"))
            }
            return .success(.int(value))
        case .flag:
            guard let value = record.int64(index), value == 0 || value == 1 else { return .failure(Invalid("must be 0 or 1")) }
            return .success(.int(value))
        case .real(let range):
            guard let value = record.double(index) else { return .failure(Invalid("not a number")) }
            guard range.contains(value) else { return .failure(Invalid("out of range \(range.lowerBound)...\(range.upperBound)")) }
            return .success(.real(value))
        case .date(let years):
            guard let date = record.withBytes(index, { CivilDate(iso: $0) }) else {
                return .failure(Invalid("not a date YYYY-MM-DD"))
            }
            guard years.contains(date.year) else {
                return .failure(Invalid("year outside \(years.lowerBound)-\(years.upperBound)"))
            }
            return .success(.date(date))
        case .code(let codes):
            // Compare bytes and reuse the canonical code's storage: no allocation per row.
            guard let match = record.withBytes(index, { slice in codes.first { $0.utf8.elementsEqual(slice) } }) else {
                return .failure(Invalid("not one of: \(codes.joined(separator: ", "))"))
            }
            return .success(.text(match))
        case .text(let maxLength):
            let text = record[index]
            guard text.count <= maxLength else { return .failure(Invalid("longer than \(maxLength) characters")) }
            return .success(.text(text))
        }
    }
}
