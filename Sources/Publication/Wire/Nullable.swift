/// A published value that is JSON `null` when absent (withheld), rather than left out: so that a
/// reader sees every field of a suppressed table, and which of them are withheld.
public struct Nullable<Value: Encodable>: Encodable, ExpressibleByNilLiteral {
    /// The value, or nil when withheld.
    public let value: Value?

    /// `value`, or null.
    public init(_ value: Value?) { self.value = value }

    /// Null.
    public init(nilLiteral: ()) { value = nil }

    /// Encodes the value, or null.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}

extension Nullable: Sendable where Value: Sendable {}
