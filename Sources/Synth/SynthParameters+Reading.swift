import Foundation
import PlacePack

extension SynthParameters {
    /// Reads `synthesis.yaml` from the pack folder; errors name the file, line and field.
    static func read(from pack: PlacePack) throws -> SynthParameters {
        let root = try PackNode.parse(file: "synthesis.yaml", in: pack.directory)
        var p = SynthParameters()
        let city = try root.required("city")
        p.cityCode = try city.required("code").string()
        p.cityName = try city.required("name").string()
        let years = try root.required("study_years").list()
        p.studyYears = try years[0].int()...years[1].int()
        p.baseShare = try root.required("base_population_share").double()
        let ages = try root.required("age_structure")
        p.bandShares = try ages.required("band_shares").doubles()
        guard p.bandShares.count == 19 else {
            throw ages.fail(.outOfRange, "expected 19 bands (0-4 ... 90+)")
        }
        p.childTilt = try ages.required("deprivation_child_tilt").double()
        p.olderTilt = try ages.required("deprivation_older_tilt").double()
        p.femaleOver65 = try ages.required("female_share_by_band_over_65").double()
        p.ethnicity = try EthnicityParameters.read(
            root.required("ethnicity"), wards: Set(pack.geography.wards.map(\.name)))
        try p.readMortality(root.required("mortality"))
        let births = try root.required("births")
        p.fertility = try births.required("fertility_by_age_band").weights().map(\.value)
        p.birthGradient = try births.required("deprivation_gradient").double()
        p.births = try BirthParameters.read(births)
        p.conditions = try root.required("conditions").entries().map { key, node in
            let condition = Condition(
                register: key, p40: try node.required("p40").double(), p80: try node.required("p80").double(),
                gradient: try node.required("gradient").double(),
                minAge: try node.required("min_age").double(),
                trend: try node.optional("trend")?.double() ?? 0)
            guard condition.ageSlope + condition.trend > 0 else {
                throw node.fail(
                    .outOfRange,
                    "the prevalence must rise along a life: the age slope plus the trend must be above 0",
                    field: "trend")
            }
            return condition
        }
        p.longTermConditions = Set(try root.required("long_term_conditions").strings())
        p.mortality.cancerFromAge = p.conditions.first { $0.register == "CANCER" }?.minAge ?? 0
        try p.readLifestyle(root.required("lifestyle"))
        try p.readActivity(root.required("activity"))
        try p.readCare(root)
        p.aggregates = try root.required("aggregates").list().map { node in
            Aggregate(
                indicator: try node.required("indicator").string(), unit: try node.required("unit").string(),
                city: try node.required("city").double(),
                gradient: try node.optional("gradient")?.double() ?? 0,
                trendPerYear: try node.required("trend_per_year").double(),
                shifts: try yearShifts(node.optional("shifts")),
                denominator: try node.required("denominator").string(),
                source: try node.required("source").string())
        }
        p.primaryCare = try PrimaryCareParameters.read(root.optional("primary_care"))
        p.migration = try MigrationParameters.read(root.optional("migration"))
        p.pathways = try PathwayParameters.read(root.optional("pathways"))
        (p.calendar, p.weekendDischargesDelayed) = try SynthCalendar.read(
            root.optional("calendar"), years: p.studyYears)
        return p
    }

    private mutating func readMortality(_ m: PackNode) throws {
        gompertzA = try m.required("gompertz_a").double()
        gompertzB = try m.required("gompertz_b").double()
        maleRatio = try m.required("male_ratio").double()
        mortalityGradient = try m.required("deprivation_gradient").double()
        infantPer1000 = try m.required("infant_mortality_per_1000").double()
        infantGradient = try m.required("infant_deprivation_gradient").double()
        causeShares = try m.required("cause_shares").weights()
        avoidableUnder75 = try m.required("avoidable_share_under_75").double()
        eolPlanShare = try m.required("eol_plan_share").double()
        preferredShares = try m.required("preferred_place_shares").weights()
        preferredAchieved = try m.required("preferred_place_achieved").double()
        hospitalWithoutPlan = try m.required("hospital_share_without_plan").double()
        otherWithoutPlan = try m.required("other_places_without_plan").weights()
        mortality = try MortalityParameters.read(m)
    }

    private mutating func readLifestyle(_ l: PackNode) throws {
        smokerShare = try l.required("current_smoker_share").double()
        smokingGradient = try l.required("smoking_gradient").double()
        exSmokerShare = try l.required("ex_smoker_share").double()
        quitPerYear = try l.required("quit_per_year").double()
        if let byAge = try l.optional("smoking_by_age") {
            smokingByAge = try byAge.entries().map { from, factor in
                guard let age = Int(from) else { throw factor.fail(.wrongType, "an age band's first age") }
                let value = try factor.double()
                guard value > 0, value.isFinite else { throw factor.fail(.outOfRange, "a factor above 0") }
                return (age, value)
            }.sorted { $0.0 < $1.0 }
        }
        if let ratio = try l.optional("smoking_male_ratio") {
            let value = try ratio.double()
            guard value > 0, value.isFinite else { throw ratio.fail(.outOfRange, "a ratio above 0") }
            smokingMaleRatio = value
        }
        bmiMean = try l.required("bmi_mean_least_deprived").double()
        bmiShift = try l.required("bmi_deprivation_shift").double()
        bmiLogSD = try l.required("bmi_log_sd").double()
        recordRates = Dictionary(uniqueKeysWithValues: try l.required("records_per_adult_year").weights())
        adviceRates = Dictionary(uniqueKeysWithValues: try l.required("brief_advice_given").weights())
        referralAfterAdvice = try l.required("referral_after_advice").double()
        activeShare = try l.required("active_share").double()
        activityGradient = try l.required("activity_gradient").double()
    }

    private mutating func readActivity(_ a: PackNode) throws {
        aeByBand = try a.required("ae_by_band").doubles()
        emergencyByBand = try a.required("emergency_by_band").doubles()
        electiveByBand = try a.required("elective_by_band").doubles()
        for (name, list) in [
            ("ae_by_band", aeByBand), ("emergency_by_band", emergencyByBand),
            ("elective_by_band", electiveByBand),
        ] where list.count != 19 {
            throw try a.required(name).fail(.outOfRange, "expected 19 bands (0-4 ... 90+)")
        }
        aeGradient = try a.required("ae_gradient").double()
        emergencyGradient = try a.required("emergency_gradient").double()
        electiveGradient = try a.required("elective_gradient").double()
        perLTC = Dictionary(uniqueKeysWithValues: try a.required("per_long_term_condition").weights())
        aeFourHour = try a.required("ae_four_hour_share").double()
        aeAdmitted = try a.required("ae_admitted_share").double()
        acsBase = try a.required("acs_base").double()
        acsPerCondition = try a.required("acs_per_condition").double()
        delayedShare = try a.required("delayed_share_65plus").double()
        delayedMeanDays = try a.required("delayed_mean_days").double()
        reablementShare = try a.required("reablement_after_discharge_65plus").double()
        reablementAtHome = try a.required("reablement_at_home_91").double()
    }

    private mutating func readCare(_ root: PackNode) throws {
        let mha = try root.required("mental_health_act")
        mhaBase = try mha.required("base_per_person_year").double()
        mhaSMIRatio = try mha.required("smi_ratio").double()
        mhaEthnic = Dictionary(uniqueKeysWithValues: try mha.required("ethnic_ratio").weights())
        mhaGradient = try mha.required("deprivation_gradient").double()
        let care = try root.required("social_care")
        requests65 = try care.required("requests_65plus").double()
        requests18 = try care.required("requests_18_64").double()
        requestOutcomes = try care.required("outcomes").weights()
        within28 = try care.required("assessed_within_28_days").double()
        communitySettings = try care.required("community_settings").weights()
        directPayment = try care.required("direct_payment_share").double()
        careHomeBase = try care.required("care_home_65plus_base").double()
        careHomeSlope = try care.required("care_home_age_slope").double()
        careHomeDementia = try care.required("care_home_dementia_ratio").double()
        nursingShare = try care.required("nursing_share").double()
        let carers = try root.required("carers")
        carerShareByBand = try carers.required("share_by_band").doubles()
        carerAssessed = try carers.required("assessed_share").double()
        carerSupport = try carers.required("support").weights()
    }

    /// A map of year to number (`{2020: 5.5}`), empty when absent.
    static func yearShifts(_ node: PackNode?) throws -> [Int: Double] {
        var shifts: [Int: Double] = [:]
        for (year, value) in try node?.entries() ?? [] {
            guard let y = Int(year) else { throw value.fail(.wrongType, "a year such as 2020") }
            shifts[y] = try value.double()
        }
        return shifts
    }
}
