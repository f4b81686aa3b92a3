import PlaceModel
import Store
import Tabular

extension RowValidator {
    /// Parses one field according to its column and appends it to `batch`; returns the problem, if any.
    mutating func append(
        _ column: Column, _ position: Int, _ record: CSVRecord, _ index: Int, _ references: ReferenceSets,
        _ batch: inout RowBatch
    ) -> String? {
        switch column.type {
        case .integer(let range):
            guard let value = record.int64(index) else { return "not a whole number" }
            guard range.contains(value) else {
                return "out of range \(range.lowerBound)...\(range.upperBound)"
            }
            if column.references == .person, !references.persons.contains(value) {
                return "no stored person has this identifier"
            }
            batch.append(value)
        case .flag:
            guard let value = record.int64(index), value == 0 || value == 1 else { return "must be 0 or 1" }
            batch.append(value)
        case .real(let range):
            guard let value = record.double(index) else { return "not a number" }
            guard range.contains(value) else {
                return "out of range \(range.lowerBound)...\(range.upperBound)"
            }
            batch.append(value)
        case .date(let years):
            guard let date = record.withBytes(index, { CivilDate(iso: $0) }) else {
                return "not a date YYYY-MM-DD"
            }
            guard years.contains(date.year) else {
                return "year outside \(years.lowerBound)-\(years.upperBound)"
            }
            setDay(position, date.day)
            batch.append(date)
        case .code(let codes):
            // Compare bytes with the allowed codes: no text is made per row.
            let known = record.withBytes(index) { slice in codes.contains { $0.utf8.elementsEqual(slice) } }
            guard known else { return "not one of: \(codes.joined(separator: ", "))" }
            record.withBytes(index) { batch.append(utf8: $0) }
        case .text(let maxLength):
            if let problem = record.withBytes(index, Self.textProblem) { return problem }
            if let reference = column.references {
                let code = record[index]
                if let problem = check(reference: reference, code: code, references) { return problem }
            }
            let tooLong = record.withBytes(index) {
                $0.count > maxLength && String(decoding: $0, as: UTF8.self).count > maxLength
            }
            guard !tooLong else { return "longer than \(maxLength) characters" }
            record.withBytes(index) { batch.append(utf8: $0) }
        }
        return nil
    }

    /// Why a text field's bytes cannot be stored: a NUL byte, invalid UTF-8, or a control character
    /// other than tab and line breaks (which a quoted field may hold); nil when they can.
    static func textProblem(_ bytes: some Collection<UInt8>) -> String? {
        if bytes.contains(0) { return "contains a NUL byte" }
        guard String(validating: bytes, as: UTF8.self) != nil else { return "not valid UTF-8 text" }
        if bytes.contains(where: { ($0 < 0x20 && ![0x09, 0x0A, 0x0D].contains($0)) || $0 == 0x7F }) {
            return "contains a control character"
        }
        return nil
    }
}
