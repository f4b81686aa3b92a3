import PlaceModel

/// The code lists of the data model, in the order the population engine numbers them.
public enum PopulationCodes {
    /// Condition registers (upper case, as stored).
    public static let registers = PlaceSchema.registers
    /// Problem codes.
    public static let problems = PlaceSchema.problemCodes
    /// Medicine groups.
    public static let medicines = PlaceSchema.medicineGroups
    /// Diagnosis and cause groups.
    public static let causeGroups = PlaceSchema.causeGroups
    /// Ethnic groups.
    public static let ethnicGroups = PlaceSchema.ethnicGroups
    /// Social care settings.
    public static let careSettings = ["home_care", "day_care", "extra_care", "residential", "nursing"]
    /// Smoking statuses, by code.
    public static let smoking = ["never", "ex", "current"]

    /// The register's position, if `name` (any case) is a register.
    public static func register(_ name: String) -> Int? { registers.firstIndex(of: name.uppercased()) }

    /// A code's position in `list`, if present.
    static func index(_ code: String?, in list: [String]) -> UInt8? {
        guard let code, let i = list.firstIndex(of: code) else { return nil }
        return UInt8(i)
    }
}
