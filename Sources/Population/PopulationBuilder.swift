import PlaceColumns
import PlaceModel

/// Builds a ``PopulationData`` person by person: how the loader fills it from a store, and how
/// tests make hand-built people.
public struct PopulationBuilder: Sendable {
    /// The areas persons refer to.
    public let areas: AreaIndex
    /// Whether the data are synthetic.
    public var synthetic: Bool
    var persons = PersonRows()
    var rows = [EventRows](repeating: EventRows(), count: EventKind.allCases.count)
    /// Identifier to position; the loader sets it, ``addPerson`` keeps it.
    var positions = PersonPositions()

    /// An empty population over `areas`.
    public init(areas: AreaIndex, synthetic: Bool = true) {
        self.areas = areas
        self.synthetic = synthetic
    }

    /// Adds a person; returns their position. `lsoa` and `practice` are area codes of ``areas``.
    @discardableResult
    public mutating func addPerson(
        id: Int64, birth: CivilDate, female: Bool, ethnicGroup: String = "white", lsoa: String,
        practice: String?, registeredFrom: CivilDate? = nil, registeredTo: CivilDate? = nil
    ) -> Int {
        positions.set(id, Int32(persons.id.count))
        persons.id.append(id)
        persons.birth.append(birth.day)
        persons.death.append(.max)
        persons.deathCause.append(255)
        persons.female.append(female)
        persons.ethnic.append(PopulationCodes.index(ethnicGroup, in: PopulationCodes.ethnicGroups) ?? 5)
        persons.lsoa.append(Int32(areas.lsoa(lsoa) ?? 0))
        persons.practice.append(Int32(practice.flatMap(areas.practice) ?? -1))
        persons.registeredFrom.append(registeredFrom?.day ?? .min)
        persons.registeredTo.append(registeredTo?.day ?? .max)
        return persons.id.count - 1
    }

    /// Records person `i`'s death.
    public mutating func setDeath(_ i: Int, on date: CivilDate, cause: String = "other") {
        persons.death[i] = date.day
        persons.deathCause[i] = PopulationCodes.index(cause, in: PopulationCodes.causeGroups) ?? 255
    }

    /// Adds a record of `kind` for person `i`.
    public mutating func add(
        _ kind: EventKind, _ i: Int, on date: CivilDate, until end: CivilDate? = nil, code: UInt8 = 0,
        flags: UInt8 = 0
    ) {
        rows[kind.rawValue].append(
            person: Int32(i), date: date.day, end: end?.day ?? .max, code: code, flags: flags)
    }

    /// Puts person `i` on a register (`DEMENTIA`, `copd`, ...; any case) from `date`.
    public mutating func addCondition(_ i: Int, _ register: String, on date: CivilDate) {
        add(.condition, i, on: date, code: UInt8(PopulationCodes.register(register) ?? 0))
    }

    /// Records a coded problem (`falls`, ...) for person `i`.
    public mutating func addProblem(_ i: Int, _ code: String, on date: CivilDate) {
        add(.problem, i, on: date, code: PopulationCodes.index(code, in: PopulationCodes.problems) ?? 0)
    }

    /// Records a medicine for person `i`: a repeat (`until` nil: continuing) or an acute course.
    public mutating func addMedication(
        _ i: Int, _ medicine: String, from start: CivilDate, until end: CivilDate? = nil, repeat: Bool,
        respiratory: Bool = false
    ) {
        let flags = (`repeat` ? MedicationFlag.repeat : 0) | (respiratory ? MedicationFlag.respiratory : 0)
        add(
            .medication, i, on: start, until: end ?? (`repeat` ? nil : start),
            code: PopulationCodes.index(medicine, in: PopulationCodes.medicines) ?? 0, flags: flags)
    }

    /// Records a smoking status (`never`, `ex`, `current`) for person `i`.
    public mutating func addSmoking(_ i: Int, _ status: String, on date: CivilDate) {
        add(
            .smokingStatus, i, on: date, code: PopulationCodes.index(status, in: PopulationCodes.smoking) ?? 0
        )
    }

    /// Records a hospital admission for person `i`.
    public mutating func addAdmission(
        _ i: Int, emergency: Bool, on date: CivilDate, until discharge: CivilDate? = nil,
        diagnosis: String = "other"
    ) {
        add(
            emergency ? .emergencyAdmission : .electiveAdmission, i, on: date, until: discharge ?? date,
            code: PopulationCodes.index(diagnosis, in: PopulationCodes.causeGroups) ?? 0)
    }

    /// Records a social care package for person `i`.
    public mutating func addCarePackage(
        _ i: Int, _ setting: String, from start: CivilDate, until end: CivilDate? = nil
    ) {
        add(
            .carePackage, i, on: start, until: end,
            code: PopulationCodes.index(setting, in: PopulationCodes.careSettings) ?? 0)
    }

    /// Records a permanent care home admission for person `i`.
    public mutating func addCareHome(_ i: Int, on date: CivilDate, permanent: Bool = true) {
        add(.careHomeAdmission, i, on: date, flags: permanent ? 1 : 0)
    }

    /// The population built so far.
    public func build() -> PopulationData {
        PopulationData(
            areas: areas, persons: persons, events: rows, positions: positions, synthetic: synthetic)
    }
}
