import ArgumentParser

/// `segment --flows-from … --deprivation`: whose flows, by the IMD decile of their home LSOA.
enum DeprivationChoice: ExpressibleByArgument, Equatable {
    /// IMD decile 1, the most deprived 10% of areas nationally.
    case deprived
    /// Deciles 2 to 10.
    case rest
    /// The most deprived, then the rest: two matrices to compare.
    case split
    /// One matrix per decile, 1 to 10.
    case each
    /// Deciles in a range (`decile:N` or `decile:A-B`).
    case deciles(ClosedRange<Int>)

    init?(argument: String) {
        switch argument.lowercased() {
        case "deprived": self = .deprived
        case "rest": self = .rest
        case "split": self = .split
        case "each": self = .each
        default:
            guard argument.lowercased().hasPrefix("decile:") else { return nil }
            let bounds = argument.dropFirst("decile:".count).split(separator: "-").map { Int($0) }
            guard (1...2).contains(bounds.count), let low = bounds.first ?? nil,
                let high = bounds.last ?? nil,
                1 <= low, low <= high, high <= 10
            else { return nil }
            self = .deciles(low...high)
        }
    }

    static var allValueStrings: [String] { ["deprived", "rest", "split", "each", "decile:N", "decile:A-B"] }

    /// The decile ranges to print a matrix for, each with a label for its title.
    var scopes: [(label: String, deciles: ClosedRange<Int>)] {
        switch self {
        case .deprived: return [Self.scope(1...1)]
        case .rest: return [Self.scope(2...10)]
        case .split: return [Self.scope(1...1), Self.scope(2...10)]
        case .each: return (1...10).map { Self.scope($0...$0) }
        case .deciles(let range): return [Self.scope(range)]
        }
    }

    /// A title label for `deciles`.
    static func scope(_ deciles: ClosedRange<Int>) -> (label: String, deciles: ClosedRange<Int>) {
        let text =
            deciles == 1...1
            ? "IMD decile 1 (the most deprived 10% nationally)"
            : deciles == 2...10
                ? "IMD deciles 2-10 (the rest)"
                : deciles.count == 1
                    ? "IMD decile \(deciles.lowerBound)"
                    : "IMD deciles \(deciles.lowerBound)-\(deciles.upperBound)"
        return (text, deciles)
    }
}
