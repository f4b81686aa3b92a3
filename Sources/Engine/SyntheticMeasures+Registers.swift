import PlaceModel

extension SyntheticMeasures {
    /// The registers with a prevalence metric (`register_prevalence.REGISTER`).
    static let prevalenceRegisters = [
        "DEMENTIA", "DEPRESSION", "COPD", "SMI", "EPILEPSY", "PALLIATIVE", "HYPERTENSION", "CANCER",
    ]

    /// `register_prevalence.REGISTER`: % of residents on the last day of the period (all ages) who
    /// are on the register, as QOF counts a register against the practices' list sizes.
    func registerPrevalence(_ register: String, _ period: Period) throws -> Double? {
        guard PlaceSchema.registers.contains(register) else { return nil }
        let on = try scalar(
            "SELECT COUNT(*) " + Self.alive
                + " AND EXISTS (SELECT 1 FROM conditions c WHERE c.person_id = p.person_id AND c.register = ?2 AND c.onset_date <= ?1)",
            [.date(period.end), .text(register)])
        return ratio(on, try population(on: period.end))
    }
}
