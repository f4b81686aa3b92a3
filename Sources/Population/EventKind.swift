/// The kinds of dated record the population engine holds for each person.
public enum EventKind: Int, CaseIterable, Sendable {
    /// An entry on a condition register (code: position in ``PopulationCodes/registers``).
    case condition
    /// An emergency admission (end: discharge; code: diagnosis group).
    case emergencyAdmission
    /// An elective admission (end: discharge; code: diagnosis group).
    case electiveAdmission
    /// An A&E attendance.
    case aeAttendance
    /// A recorded smoking status (code: 0 never, 1 ex, 2 current).
    case smokingStatus
    /// A coded problem (code: position in ``PopulationCodes/problems``).
    case problem
    /// A medicine (end: last day covered; code: medicine group; flags: repeat, respiratory).
    case medication
    /// A social care package (end: its end; code: setting).
    case carePackage
    /// An admission to a care home (flags: permanent).
    case careHomeAdmission
    /// A birth to this person as the mother.
    case birthAsMother
    /// An adult social care assessment request (code: outcome).
    case careAssessment
    /// A detention under the Mental Health Act (end: its end).
    case detention
}

/// Flags of a medication record.
public enum MedicationFlag {
    /// A repeat medicine (otherwise an acute course).
    public static let `repeat`: UInt8 = 1
    /// Issued for respiratory symptoms.
    public static let respiratory: UInt8 = 2
}
