/// The one convention for a figure in JSON, on the command line and in the API alike: every member
/// is always present, and a figure that is withheld, not computed or not finite is `null`.
extension KeyedEncodingContainer {
    /// Encodes `value`, or null when it is nil or not finite.
    mutating func encodeFigure(_ value: Double?, forKey key: Key) throws {
        if let value, value.isFinite { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    /// Encodes each figure of `figures` (null when nil or not finite).
    mutating func encodeFigures(_ figures: [(Key, Double?)]) throws {
        for (key, value) in figures { try encodeFigure(value, forKey: key) }
    }

    /// Encodes `value`, or null when it is nil.
    mutating func encodeOrNull<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
