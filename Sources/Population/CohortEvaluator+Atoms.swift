extension CohortEvaluator {
    /// Whether one test holds for person `i` (who is present).
    func holds(_ atom: CohortAtom, _ i: Int) -> Bool {
        let day = snapshot.date.day
        switch atom {
        case .register(let code): return data.events(.condition).has(i, code: code, onOrBefore: day)
        case .problem(let code): return data.events(.problem).has(i, code: code, onOrBefore: day)
        case .careHome: return FrailtyIndex.livesInCareHome(i, in: data, on: day)
        case .receives(let setting): return package(i, setting) != nil
        case .prescribed(let medicine, let days): return lastPrescribed(i, medicine, days) != nil
        case .riskTop(let percent, let within): return topFlags[Self.key(percent, within)]?[i] ?? false
        case .number(let term, let comparison, let value):
            guard let number = number(term, i) else { return false }
            return comparison.holds(number, value)
        case .category(let field, let allowed, let negated):
            guard let value = category(field, i) else { return false }
            return allowed.contains(value) != negated
        }
    }

    /// A numeric field or count of person `i`; nil when it has no value (eFI under 65, risk not scored).
    func number(_ term: CohortNumber, _ i: Int) -> Double? {
        let day = snapshot.date.day
        switch term {
        case .age: return Double(snapshot.age[i])
        case .efi: return snapshot.frailty[i] == 255 ? nil : snapshot.efi(i)
        case .deficits: return snapshot.frailty[i] == 255 ? nil : Double(snapshot.deficits[i].nonzeroBitCount)
        case .conditions: return Double(snapshot.longTermConditions[i])
        case .decile: return Double(data.decile(i))
        case .risk:
            guard let scores, !scores[i].isNaN else { return nil }
            return scores[i]
        case .courses(let medicine, let days, let respiratoryOnly):
            return Double(courses(i, medicine, days, respiratoryOnly).count)
        case .admissions(let days, let emergency):
            return Double(
                data.events(emergency ? .emergencyAdmission : .electiveAdmission).count(
                    i, from: day - days + 1, to: day))
        case .attendances(let days):
            return Double(data.events(.aeAttendance).count(i, from: day - days + 1, to: day))
        }
    }

    /// A categorical field of person `i`; nil when it has no value (frailty under 65).
    func category(_ field: CohortCategory, _ i: Int) -> String? {
        switch field {
        case .sex: return data.female[i] ? "F" : "M"
        case .ethnic_group: return PopulationCodes.ethnicGroups[Int(data.ethnic[i])]
        case .frailty: return snapshot.frailtyOf(i)?.name
        case .segment: return snapshot.segmentOf(i)?.id
        case .smoking:
            return RiskFeatures.smoking(of: i, in: data, on: snapshot.date.day).map {
                PopulationCodes.smoking[Int($0)]
            } ?? "unknown"
        case .lcp: return data.lcp(i)
        case .practice: return data.practice[i] >= 0 ? data.areas.practices[Int(data.practice[i])].code : nil
        case .pcn: return data.practice[i] >= 0 ? data.areas.practices[Int(data.practice[i])].pcn : nil
        case .ward: return data.areas.lsoas[Int(data.lsoa[i])].ward
        }
    }

    /// The record of a social care package (of `setting`, or any) running on the date.
    func package(_ i: Int, _ setting: UInt8?) -> Int? {
        let packages = data.events(.carePackage)
        let day = snapshot.date.day
        for r in packages.range(i) {
            if packages.date[r] > day { break }
            if packages.end[r] >= day, setting.map({ $0 == packages.code[r] }) ?? true { return r }
        }
        return nil
    }

    /// The latest record of `medicine` prescribed in the `days` to the date (a course started, or
    /// a repeat running, in that time).
    func lastPrescribed(_ i: Int, _ medicine: UInt8, _ days: Int32) -> Int? {
        let medications = data.events(.medication)
        let day = snapshot.date.day
        var found: Int?
        for r in medications.range(i) {
            if medications.date[r] > day { break }
            if medications.code[r] == medicine, medications.end[r] > day - days { found = r }
        }
        return found
    }

    /// How many acute courses of `medicine` started in the `days` to the date, and the latest.
    func courses(_ i: Int, _ medicine: UInt8, _ days: Int32, _ respiratoryOnly: Bool) -> (
        count: Int, last: Int?
    ) {
        let medications = data.events(.medication)
        let day = snapshot.date.day
        var count = 0
        var last: Int?
        for r in medications.range(i) {
            let d = medications.date[r]
            if d > day { break }
            guard d > day - days, medications.code[r] == medicine,
                medications.flags[r] & MedicationFlag.repeat == 0
            else { continue }
            if respiratoryOnly, medications.flags[r] & MedicationFlag.respiratory == 0 { continue }
            count += 1
            last = r
        }
        return (count, last)
    }
}
