extension CSVReader {
    enum ScanResult {
        case record(CSVRecord)
        case needMore
        /// An empty line was skipped (the caller scans again: no recursion, however many there are).
        case blank
        case end
        case failed(CSVError)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")

    /// Scans one record from the buffer; asks for more input when the record runs past its end.
    func scan() -> ScanResult {
        let eof = atEOF
        let recordLine = line
        // The record's bytes and field ends reuse the reader's arrays: once the caller lets go of
        // the last record, they are emptied in place and no memory is allocated per record.
        var bytes: [UInt8] = []
        var ends: [Int] = []
        swap(&bytes, &recordBytes)
        swap(&ends, &recordEnds)
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        defer {
            swap(&bytes, &recordBytes)
            swap(&ends, &recordEnds)
        }
        return buffer.withUnsafeBufferPointer { buf -> ScanResult in
            var p = start
            var newlinesInside = 0
            if p == end { return eof ? .end : .needMore }
            while true {
                var quoted = false
                if p < end, buf[p] == Self.quote {
                    quoted = true
                    p += 1
                    while true {
                        guard p < end else {
                            return eof
                                ? self.fail(
                                    .unterminatedQuote(
                                        name, line: recordLine, swallowedLines: newlinesInside), at: end)
                                : .needMore
                        }
                        let byte = buf[p]
                        if byte == Self.quote {
                            guard p + 1 < end || eof else { return .needMore }
                            if p + 1 < end, buf[p + 1] == Self.quote {
                                bytes.append(Self.quote)
                                p += 2
                                continue
                            }
                            p += 1
                            break
                        }
                        if byte == Self.lf { newlinesInside += 1 }
                        bytes.append(byte)
                        p += 1
                    }
                } else {
                    let fieldStart = p
                    while p < end {
                        let byte = buf[p]
                        if byte == Self.comma || byte == Self.lf || byte == Self.cr { break }
                        p += 1
                    }
                    if p == end, !eof { return .needMore }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[fieldStart..<p]))
                }
                ends.append(bytes.count)
                guard p < end else {
                    return self.finish(
                        bytes, ends, line: recordLine, extra: newlinesInside, next: p, noNewline: true)
                }
                switch buf[p] {
                case Self.comma:
                    p += 1
                    if p == end, !eof { return .needMore }
                case Self.lf:
                    return self.finish(bytes, ends, line: recordLine, extra: newlinesInside, next: p + 1)
                case Self.cr:
                    if p + 1 == end, !eof { return .needMore }
                    let next = p + 1 < end && buf[p + 1] == Self.lf ? p + 2 : p + 1
                    return self.finish(bytes, ends, line: recordLine, extra: newlinesInside, next: next)
                default:
                    if quoted {
                        var skip = p
                        while skip < end, buf[skip] != Self.lf { skip += 1 }
                        if skip == end, !eof { return .needMore }
                        return self.fail(
                            .textAfterQuote(name, line: recordLine), at: min(skip + 1, end),
                            lines: newlinesInside + 1)
                    }
                }
            }
        }
    }

    private func fail(_ error: CSVError, at next: Int, lines: Int = 0) -> ScanResult {
        start = next
        line += lines
        return .failed(error)
    }

    private func finish(
        _ bytes: [UInt8], _ ends: [Int], line recordLine: Int, extra: Int, next: Int, noNewline: Bool = false
    ) -> ScanResult {
        start = next
        line += extra + 1
        if ends.count == 1, ends[0] == 0, extra == 0 {
            return .blank
        }
        return .record(CSVRecord(line: recordLine, bytes: bytes, ends: ends, endsWithoutNewline: noNewline))
    }
}
