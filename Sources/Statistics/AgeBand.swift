/// An age band, known by the first whole number in its label ("0-4", "00-04", "5 – 9", "90+" → 0, 0, 5, 90).
///
/// PHEindicatormethods and phstatsmethods match bands the same way, so labels may be written in any
/// style as long as each band's start age is distinct.
public struct AgeBand: Sendable, Hashable, CustomStringConvertible {
    /// The label as given.
    public let label: String
    /// The first age in the band.
    public let startAge: Int

    /// Reads the start age from a label.
    ///
    /// - Throws: ``StatisticsError/Reason/unknownAgeBand`` when the label has no digits.
    public init(_ label: String) throws {
        var digits = ""
        for character in label {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if !digits.isEmpty {
                break
            }
        }
        guard let start = Int(digits) else {
            throw StatisticsError(.unknownAgeBand, field: "age band", "\"\(label)\" has no start age")
        }
        self.label = label
        self.startAge = start
    }

    /// The label.
    public var description: String { label }
}
