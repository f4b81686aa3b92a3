/// The eFI categories for people aged 65+.
public enum FrailtyCategory: Int, CaseIterable, Sendable, Codable, Comparable {
    /// eFI 0 to 0.12 (0 to 4 deficits).
    case fit
    /// eFI above 0.12 to 0.24 (5 to 8 deficits).
    case mild
    /// eFI above 0.24 to 0.36 (9 to 12 deficits).
    case moderate
    /// eFI above 0.36 (13 or more deficits).
    case severe

    /// The category of a number of deficits (of 36).
    public init(deficits: Int) {
        let score = FrailtyIndex.score(deficits)
        self = score <= 0.12 ? .fit : score <= 0.24 ? .mild : score <= 0.36 ? .moderate : .severe
    }

    /// Its name (`fit`, `mild`, `moderate`, `severe`).
    public var name: String { ["fit", "mild", "moderate", "severe"][rawValue] }

    /// Orders categories from fit to severe.
    public static func < (a: FrailtyCategory, b: FrailtyCategory) -> Bool { a.rawValue < b.rawValue }
}
