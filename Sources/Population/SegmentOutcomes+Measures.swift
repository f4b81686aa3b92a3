extension SegmentOutcomes {
    /// The measures of a row, the columns of a row's published figures.
    public static let measures = [
        "persons", "emergency_admissions", "emergency_bed_days", "elective_admissions", "ae_attendances",
        "care_home_admissions", "deaths",
    ]

    /// A row's counts in the order of ``measures``.
    public static func values(_ row: Row) -> [Int] {
        [
            row.persons, row.emergencyAdmissions, row.emergencyBedDays, row.electiveAdmissions,
            row.aeAttendances, row.careHomeAdmissions, row.deaths,
        ]
    }
}
