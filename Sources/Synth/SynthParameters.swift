import Foundation
import PlaceModel
import PlacePack

/// The synthesis parameters read from the pack's `synthesis.yaml`.
struct SynthParameters: Sendable {
    struct Condition: Sendable {
        let register: String
        let p40: Double
        let p80: Double
        let gradient: Double
        let minAge: Double
        /// Change a calendar year in the logit of prevalence at each age (recording trends), from
        /// ``SynthParameters/conditionTrendReference``.
        var trend = 0.0
    }

    /// The day the conditions' p40 and p80 describe (the end of QOF 2018/19); trends run from it.
    static let conditionTrendReference = CivilDate(year: 2019, month: 3, day: 31)!

    struct Aggregate: Sendable {
        let indicator: String
        let unit: String
        let city: Double
        let gradient: Double
        let trendPerYear: Double
        /// Additions in some years (in the aggregate's unit), such as the pandemic's.
        let shifts: [Int: Double]
        let denominator: String
        let source: String
    }

    typealias Weights = [(key: String, value: Double)]

    var cityCode = "", cityName = ""
    var studyYears = 2014...2023
    var baseShare = 0.99
    var bandShares: [Double] = []
    var childTilt = 0.0, olderTilt = 0.0, femaleOver65 = 0.56
    var ethnicity = EthnicityParameters()
    var gompertzA = 0.0, gompertzB = 0.0, maleRatio = 1.0, mortalityGradient = 0.0
    var infantPer1000 = 0.0, infantGradient = 0.0
    var causeShares: Weights = []
    var avoidableUnder75 = 0.0, eolPlanShare = 0.0, preferredAchieved = 0.0, hospitalWithoutPlan = 0.0
    var preferredShares: Weights = [], otherWithoutPlan: Weights = []
    var fertility: [Double] = []  // by five-year band from 15-19 to 40-44
    var birthGradient = 0.0
    var births = BirthParameters()
    var conditions: [Condition] = []
    var longTermConditions: Set<String> = []
    var smokerShare = 0.0, smokingGradient = 0.0, exSmokerShare = 0.0, quitPerYear = 0.0
    /// Current smoking by the age band starting at each age (a factor of the share; ascending).
    var smokingByAge: [(Int, Double)] = []
    /// Men's current smoking over women's.
    var smokingMaleRatio = 1.0
    var bmiMean = 0.0, bmiShift = 0.0, bmiLogSD = 0.0
    var recordRates: [String: Double] = [:], adviceRates: [String: Double] = [:]
    var referralAfterAdvice = 0.0, activeShare = 0.0, activityGradient = 0.0
    var aeByBand: [Double] = [], emergencyByBand: [Double] = [], electiveByBand: [Double] = []
    var aeGradient = 0.0, emergencyGradient = 0.0, electiveGradient = 0.0
    var perLTC: [String: Double] = [:]
    var aeFourHour = 0.0, aeAdmitted = 0.0, acsBase = 0.0, acsPerCondition = 0.0
    var delayedShare = 0.0, delayedMeanDays = 0.0, reablementShare = 0.0, reablementAtHome = 0.0
    var mhaBase = 0.0, mhaSMIRatio = 1.0, mhaEthnic: [String: Double] = [:], mhaGradient = 0.0
    var requests65 = 0.0, requests18 = 0.0, requestOutcomes: Weights = [], within28 = 0.0
    var communitySettings: Weights = [], directPayment = 0.0
    var careHomeBase = 0.0, careHomeSlope = 0.0, careHomeDementia = 1.0, nursingShare = 0.0
    var carerShareByBand: [Double] = [], carerAssessed = 0.0, carerSupport: Weights = []
    var aggregates: [Aggregate] = []
    var primaryCare = PrimaryCareParameters()
    var migration = MigrationParameters()
    var pathways = PathwayParameters()
    /// Registers that shorten life, causes of death by age, the palliative register's lead, and
    /// the follow-up past the study.
    var mortality = MortalityParameters()
    /// When events happen (flat until read).
    var calendar = SynthCalendar(shapes: [:], from: CivilDate(day: 0), to: CivilDate(day: 0))
    /// Share of discharges falling on a Saturday or Sunday that wait until the Monday.
    var weekendDischargesDelayed = 0.0
}

extension SynthParameters.Condition {
    /// Change in the logit of prevalence a year of age, from p40 to p80.
    var ageSlope: Double { (logit(p80) - logit(p40)) / 40 }
}
