/// The rules that place a person in a ``Segment`` on a date, with their parameters. The first
/// segment (in ``Segment`` order) whose rule holds wins.
///
/// - End of life: on the palliative care register on or before the date.
/// - Frailty: aged 65+ with an eFI category of moderate or severe, or a permanent care home
///   admission on or before the date (adults).
/// - Cancer: on the cancer register with a diagnosis in the `cancerYears` before the date.
/// - Serious mental illness, learning disability: on the register.
/// - Maternity: a woman with a live birth in the `pregnancyDays` after the date (pregnant and
///   booked) or in the `postnatalDays` before it.
/// - Children and young people: aged under `adultAge`.
/// - Long-term conditions: on a register in ``longTermRegisters``, or an older cancer diagnosis.
/// - Healthy adults: everyone else.
public struct SegmentRules: Sendable, Hashable {
    /// Years a cancer diagnosis keeps a person in the cancer segment.
    public var cancerYears = 5
    /// Days before a birth during which the mother is counted as pregnant.
    public var pregnancyDays = 224
    /// Days after a birth during which the mother is in the maternity segment.
    public var postnatalDays = 42
    /// The age from which a person is an adult.
    public var adultAge = 18
    /// The lowest frailty category that puts a person aged 65+ in the frailty segment.
    public var frailtyFrom = FrailtyCategory.moderate

    /// Registers that count as long-term conditions (obesity does not: it is a risk factor here;
    /// palliative care, SMI, LD and recent cancer have segments of their own).
    public static let longTermRegisters: Set<String> = [
        "AF", "ASTHMA", "CHD", "CKD", "COPD", "DEMENTIA", "DEPRESSION", "DIABETES", "EPILEPSY", "HF",
        "HYPERTENSION", "PAD", "RA", "STROKE", "CANCER",
    ]

    /// The standard rules.
    public init() {}

    /// The segment of person `i` on `day`, given their frailty category (nil under 65).
    public func segment(
        of i: Int, in data: PopulationData, on day: Int32, age: Int, frailty: FrailtyCategory?
    )
        -> Segment
    {
        var registers: UInt32 = 0
        var cancerOnset: Int32 = .max
        let conditions = data.events(.condition)
        for r in conditions.range(i) {
            if conditions.date[r] > day { break }
            let c = UInt32(conditions.code[r])
            guard c < 32 else { continue }
            if c == Self.cancer, registers & (1 << c) == 0 { cancerOnset = conditions.date[r] }
            registers |= 1 << c
        }
        func on(_ c: UInt32) -> Bool { registers & (1 << c) != 0 }
        if on(Self.palliative) { return .endOfLife }
        if let frailty, frailty >= frailtyFrom { return .frailty }
        if age >= adultAge, FrailtyIndex.livesInCareHome(i, in: data, on: day) { return .frailty }
        if on(Self.cancer), day - cancerOnset <= Int32(cancerYears * 365 + cancerYears / 4) { return .cancer }
        if on(Self.smi) { return .seriousMentalIllness }
        if on(Self.ld) { return .learningDisability }
        if data.female[i], isMaternity(i, in: data, on: day) { return .maternity }
        if age < adultAge { return .childrenAndYoungPeople }
        if registers & Self.longTermMask != 0 { return .longTermConditions }
        return .healthyAdults
    }

    /// Whether person `i` gives birth in the pregnancy window after `day` or did in the postnatal
    /// window before it.
    public func isMaternity(_ i: Int, in data: PopulationData, on day: Int32) -> Bool {
        let births = data.events(.birthAsMother)
        for r in births.range(i) {
            let d = births.date[r]
            if d > day + Int32(pregnancyDays) { break }
            if d > day - Int32(postnatalDays) { return true }
        }
        return false
    }

    /// The number of long-term conditions person `i` is registered with on `day`.
    public static func longTermConditionCount(of i: Int, in data: PopulationData, on day: Int32) -> Int {
        var seen: UInt32 = 0
        let conditions = data.events(.condition)
        for r in conditions.range(i) {
            if conditions.date[r] > day { break }
            let c = UInt32(conditions.code[r])
            if c < 32 { seen |= 1 << c }
        }
        return (seen & longTermMask).nonzeroBitCount
    }

    private static let palliative = UInt32(PopulationCodes.register("PALLIATIVE")!)
    private static let cancer = UInt32(PopulationCodes.register("CANCER")!)
    private static let smi = UInt32(PopulationCodes.register("SMI")!)
    private static let ld = UInt32(PopulationCodes.register("LD")!)
    private static let longTermMask = PopulationCodes.registers.indices.reduce(UInt32(0)) {
        longTermRegisters.contains(PopulationCodes.registers[$1]) ? $0 | 1 << UInt32($1) : $0
    }
}
