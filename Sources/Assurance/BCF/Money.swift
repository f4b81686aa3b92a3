import Foundation

/// An amount of money in pence, as a Better Care Fund template holds it, printed as the template
/// prints it ("£7,302,720").
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The amount in pence.
    public let pence: Int

    /// An amount of `pence`.
    public init(pence: Int) { self.pence = pence }

    /// A whole number of pounds.
    public init(pounds: Int) { self.pence = pounds * 100 }

    /// Nothing.
    public static let zero = Money(pence: 0)

    /// Reads "£7,302,720", "7302720", "7302720.50" or "£1,234.5"; nil for anything else (words,
    /// misplaced commas, more than two decimal places, a sign).
    public init?(text: String) {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.first == "£" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty else { return nil }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        guard let pounds = Int(groups.joined()), pounds < Int.max / 100 else { return nil }
        var pence = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            pence = Int(fraction)! * (fraction.count == 1 ? 10 : 1)
        }
        self.pence = pounds * 100 + pence
    }

    /// "£7,302,720", with pence only when there are any; a minus sign for a negative amount.
    public var description: String {
        let magnitude = pence.magnitude
        var digits = String(magnitude / 100)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        let cents = magnitude % 100
        let fraction = cents == 0 ? "" : "." + (cents < 10 ? "0" : "") + String(cents)
        return (pence < 0 ? "-" : "") + "£" + digits + grouped + fraction
    }

    /// The sum.
    public static func + (a: Money, b: Money) -> Money { Money(pence: a.pence + b.pence) }

    /// The difference.
    public static func - (a: Money, b: Money) -> Money { Money(pence: a.pence - b.pence) }

    /// The share `percent` of 100 of this amount, to the nearest penny.
    public func share(percent: Double) -> Money {
        Money(pence: Int((Double(pence) * percent / 100).rounded()))
    }

    /// Smaller first.
    public static func < (a: Money, b: Money) -> Bool { a.pence < b.pence }
}

extension Sequence where Element == Money {
    /// The total.
    public func sum() -> Money { reduce(.zero, +) }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
