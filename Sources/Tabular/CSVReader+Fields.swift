extension CSVReader {
    /// Calls `body` with every record left in the file, in order, each seen in place (see
    /// ``CSVFields``): no memory is allocated per record. A record with a quoted field is read by
    /// ``next()`` and handed over the same way. The first malformed record throws its ``CSVError``.
    public func forEachRecord(_ body: (CSVFields) throws -> Void) throws {
        try forEachRecord(quoted: {}, body)
    }

    /// ``forEachRecord(_:)``, calling `quoted` (which may throw) before each record with a quoted
    /// field.
    func forEachRecord(quoted: () throws -> Void, _ body: (CSVFields) throws -> Void) throws {
        while true {
            switch try scanInPlace(body) {
            case .needMore: try fill()
            case .quoted:
                try quoted()
                guard let record = try next() else { return }
                try record.withFields(body)
            case .end: return
            }
        }
    }

    enum InPlaceStop { case needMore, quoted, end }

    /// Whether a byte may end a field or start a quoted one: a comma, line end or quote (all below
    /// 0x2D, so one comparison passes most bytes of a field by).
    @inline(__always)
    static func special(_ byte: UInt8) -> Bool {
        byte <= UInt8(ascii: ",") && (byte == 0x2C || byte == 0x0A || byte == 0x0D || byte == 0x22)
    }

    /// Hands `body` every complete record of the buffer without quotes; stops where more input, or
    /// the record reader for quotes, is needed.
    private func scanInPlace(_ body: (CSVFields) throws -> Void) throws -> InPlaceStop {
        let (comma, lf, cr, quote) = (
            UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\"")
        )
        let eof = atEOF
        return try buffer.withUnsafeBufferPointer { buf -> InPlaceStop in
            let base = buf.baseAddress!
            var bounds = fieldBounds
            var capacity = fieldBoundsCapacity / 2
            @inline(__always) func set(_ index: Int, _ from: Int, _ to: Int) {
                if index == capacity {
                    growFieldBounds()
                    (bounds, capacity) = (fieldBounds, fieldBoundsCapacity / 2)
                }
                bounds[2 * index] = from
                bounds[2 * index + 1] = to
            }
            var p = start
            while true {
                if p == end { return eof ? .end : .needMore }
                var fields = 0
                var fieldStart = p
                var terminator = -1
                while true {
                    if p == end {
                        guard eof else { return .needMore }
                        break
                    }
                    let byte = base[p]
                    if !Self.special(byte) {
                        p += 1
                    } else if byte == comma {
                        set(fields, fieldStart, p)
                        fields += 1
                        p += 1
                        fieldStart = p
                    } else if byte == lf || byte == cr {
                        if byte == cr, p + 1 == end, !eof { return .needMore }
                        terminator = p
                        break
                    } else if byte == quote, p == fieldStart {
                        return .quoted
                    } else {
                        p += 1
                    }
                }
                set(fields, fieldStart, p)
                fields += 1
                if terminator >= 0 {
                    p += base[p] == cr && p + 1 < end && base[p + 1] == lf ? 2 : 1
                }
                let recordLine = line
                start = p
                line += 1
                if fields == 1, bounds[0] == bounds[1], terminator >= 0 { continue }
                try body(
                    CSVFields(
                        line: recordLine, endsWithoutNewline: terminator < 0, count: fields, base: base,
                        bounds: bounds))
            }
        }
    }

    /// Doubles the field bounds buffer.
    private func growFieldBounds() {
        let larger = UnsafeMutablePointer<Int>.allocate(capacity: fieldBoundsCapacity * 2)
        larger.moveInitialize(from: fieldBounds, count: fieldBoundsCapacity)
        fieldBounds.deallocate()
        fieldBounds = larger
        fieldBoundsCapacity *= 2
    }
}
