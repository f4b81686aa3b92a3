/// One record being written by ``CSVWriter/write(_:)-(inout CSVRow)`` or into a ``CSVBlock``: fields appended straight
/// into the writer's buffer, numbers written without making any text.
public struct CSVRow: TextOutputStream {
    var bytes: [UInt8]
    private var fields = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func separate() {
        if fields > 0 { bytes.append(UInt8(ascii: ",")) }
        fields += 1
    }

    /// Appends a text field (quoted when it needs to be).
    public mutating func append(_ field: String) {
        separate()
        CSVWriter.append(field, to: &bytes)
    }

    /// Appends a text field given as UTF-8 bytes (quoted when it needs to be).
    public mutating func append(utf8 field: UnsafeBufferPointer<UInt8>) {
        separate()
        CSVWriter.append(utf8: field, to: &bytes)
    }

    /// Appends a number as the shortest text that reads back to the same double, a whole number
    /// without ".0"; an empty field for nil.
    public mutating func append(_ value: Double?) {
        separate()
        guard let value else { return }
        if value == value.rounded(), abs(value) < 1e15 {
            appendInteger(Int64(value))
        } else {
            value.write(to: &self)
        }
    }

    /// Appends a whole number.
    public mutating func append(_ value: Int) {
        separate()
        appendInteger(Int64(value))
    }

    private mutating func appendInteger(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // At most 20 digits, written backwards into a 24-byte scratch on the stack, then out in order.
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &scratch) { digits in
            var first = digits.count
            repeat {
                first -= 1
                digits[first] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: digits[first...])
        }
    }

    /// Text written by a value's `write(to:)` (a number's digits arrive as bytes, with no text made).
    public mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }

    /// The bytes of an ASCII representation, as the standard library's numbers write them.
    public mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }
}
