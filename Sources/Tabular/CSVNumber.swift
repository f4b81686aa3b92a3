/// Numbers read straight from a field's bytes, with no text made for whole numbers.
enum CSVNumber {
    /// The longest field read as a number: longer ones are not numbers, and not parsed at all.
    static let longest = 64

    /// The bytes as a whole number, or nil if they are not one.
    static func int64(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard !bytes.isEmpty, bytes.count <= 19 else { return nil }
        var i = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            i = 1
            guard i < bytes.count else { return nil }
        }
        if bytes.count - i <= 18 {
            // Eighteen digits cannot overflow: no checks but the digits'.
            var value: Int64 = 0
            while i < bytes.count {
                let digit = bytes[i] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value &* 10 &+ Int64(digit)
                i += 1
            }
            return negative ? -value : value
        }
        // Accumulated as a negative number, so that Int64.min reads too; nil on overflow.
        var value: Int64 = 0
        while i < bytes.count {
            let digit = bytes[i] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
            let (next, under) = tens.subtractingReportingOverflow(Int64(digit))
            guard !overflow, !under else { return nil }
            value = next
            i += 1
        }
        if negative { return value }
        return value == .min ? nil : -value
    }

    /// The bytes as a finite number, or nil if they are not one (or are longer than ``longest``).
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard bytes.count <= longest else { return nil }
        if let whole = int64(bytes) { return Double(whole) }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }
}
