import Foundation
import PlacePack
import Testing
import TestSupport

@testable import Scenarios

/// The Monte Carlo engine on a hand-built place whose answers are known: no change gives the
/// baseline back, demography alone the population ratio, avoidance of p removes p of the eligible
/// activity, costs add up, percentiles order, and the same seed gives the same result on 1 and 2
/// threads.
@Suite struct ScenarioEngineTests {
    static let assumptions = try! ProjectionAssumptions.read(Repository.leeds)

    /// A scenario file with `levers` (YAML lines under `levers:`), 2020 to 2030.
    static func scenario(runs: Int = 400, _ levers: String = "") throws -> ScenarioDefinition {
        let text = """
            id: test
            name: Test
            seed: 7
            runs: \(runs)
            baseline_year: 2020
            horizon_year: 2030
            levers:
              demography: {principal: 1}
              unit_costs:
                emergency_admission: {pounds: 1000, source: test}
                bed_day: {pounds: 100, source: test}
                ae_attendance: {pounds: 10, source: test}
                community_bed_day: {pounds: 50, source: test}
              occupancy: 0.9
              budget_growth: 0.02
            \(levers)
            """
        return try ScenarioReader.read(
            PackNode.parse(text: text, file: "test.yaml"), assumptions: assumptions)
    }

    /// Two LCPs; emergency admissions of women of 40 and of men of 80 in L1, decile 1, some of
    /// them ACS; A&E attendances of women of 40 in L2, decile 5.
    static let baseline: ActivityBaseline = {
        func key(
            _ setting: ActivitySetting, _ age: Int16, _ sex: Sex, _ lcp: Int16, _ decile: Int8,
            _ flags: ActivityFlags
        )
            -> ActivityKey
        {
            ActivityKey(
                setting: setting, age: age, sex: sex, lcp: lcp, decile: decile, segment: 0, flags: flags)
        }
        return ActivityBaseline(
            year: 2020, lcps: ["L1", "L2"], oldest: 90,
            cells: [
                key(.emergencyAdmission, 40, .female, 0, 1, []): ActivityTotals(
                    count: 2000, bedDays: 8000, delayedDays: 1000),
                key(.emergencyAdmission, 80, .male, 0, 1, .ambulatoryCareSensitive):
                    ActivityTotals(count: 1000, bedDays: 6000, delayedDays: 2000),
                key(.aeAttendance, 40, .female, 1, 5, []): ActivityTotals(count: 5000),
            ])
    }()

    /// A projection in which every group of the model's areas is multiplied by `scale(t, sex, age)`
    /// in year t, from 100 people a group.
    static func projection(_ scale: (Int, Sex, Int) -> Double = { _, _, _ in 1 }) -> PopulationProjection {
        let areas = (["L1", "L2", ""]).flatMap { lcp in (0...10).map { "\(lcp)|\($0)" } }
        let years = (0...10).map { t in
            var grid = PopulationGrid(areas: areas, oldest: 90)
            for a in areas.indices {
                for sex in Sex.allCases { for age in 0...90 { grid[a, sex, age] = 100 * scale(t, sex, age) } }
            }
            return grid
        }
        return PopulationProjection(
            baseline: 2020, variant: "principal", rates: ProjectionRates(oldest: 90), rateYears: 2018...2020,
            years: years)
    }

    static func model(_ projection: PopulationProjection = projection()) -> ScenarioModel {
        ScenarioModel(baseline: baseline, projections: [projection], weights: [1], synthetic: true)
    }

    static func horizon(_ outcome: ScenarioOutcome, _ measure: ScenarioMeasure, area: Int = 0) -> Double {
        outcome.series(measure, area: area)!.mean.last!
    }

    @Test func withNoChangeTheProjectionIsTheBaseline() throws {
        let outcome = ScenarioEngine.run(Self.model(), scenario: try Self.scenario(), runs: 400, seed: 7)
        let admissions = outcome.series(.emergencyAdmissions)!
        #expect(admissions.mean[0] == 3000 && admissions.p10[0] == 3000)
        // Each later year is Poisson around 3,000: the mean of 400 runs within 4 standard errors.
        for year in 1...10 { #expect(abs(admissions.mean[year] - 3000) < 4 * (3000.0 / 400).squareRoot()) }
        // Stochastic uncertainty alone: the runs' spread is Poisson's (80% within ±1.28·√3000).
        #expect(abs((admissions.p90[10] - admissions.p10[10]) - 2 * 1.2816 * 3000.0.squareRoot()) < 25)
        #expect(outcome.costWaterfall[1...6].allSatisfy { abs($0) < 1e-6 })
        #expect(abs(outcome.costWaterfall[7] - outcome.costWaterfall[0]) < 1e-6)
    }

    @Test func demographyAloneChangesActivityByThePopulationRatio() throws {
        // Men of 80 to 84 (a band of the model's ratios) double by the horizon; everyone else
        // grows by 10%.
        let projection = Self.projection { t, sex, age in
            1 + Double(t) / 10 * (sex == .male && (80...84).contains(age) ? 1 : 0.1)
        }
        let outcome = ScenarioEngine.run(
            Self.model(projection), scenario: try Self.scenario(), runs: 400, seed: 7)
        let expected = 2000 * 1.1 + 1000 * 2.0
        // In expectation, exactly: the waterfall's demography step (costs: £1,000 an admission,
        // £100 a bed day, £10 an attendance).
        let bedDays = 8000 * 1.1 + 6000 * 2.0
        let change = (expected - 3000) * 1000 + (bedDays - 14000) * 100 + 5000 * 0.1 * 10
        #expect(abs(outcome.costWaterfall[1] - change) < 1e-6 * change)
        #expect(abs(outcome.bedDayWaterfall[1] - (bedDays - 14000)) < 1e-9 * bedDays)
        #expect(
            abs(Self.horizon(outcome, .emergencyAdmissions) - expected) < 4 * (expected / 400).squareRoot())
        #expect(abs(Self.horizon(outcome, .population) - (100 * 182 * 33 * 1.1 + 5 * 100 * 0.9 * 33)) < 1e-6)
    }

    @Test func avoidingPRemovesPOfTheEligibleActivity() throws {
        let scenario = try Self.scenario(
            """
              activity_avoidance:
                ambulatory_care_sensitive: 0.3
              shift_to_community:
                community_bed_days: {per: avoided_bed_day, units: 0.5}
            """)
        let outcome = ScenarioEngine.run(Self.model(), scenario: scenario, runs: 400, seed: 7)
        // 30% of the 1,000 ACS admissions avoided by the horizon; 3/10 of that a year after the baseline.
        let avoided = outcome.series(.avoidedAdmissions)!
        #expect(abs(avoided.mean[10] - 300) < 4 * (300.0 / 400).squareRoot())
        #expect(abs(avoided.mean[1] - 30) < 4 * (30.0 / 400).squareRoot())
        #expect(abs(Self.horizon(outcome, .emergencyAdmissions) - 2700) < 4 * (2700.0 / 400).squareRoot())
        // Their bed days (6 a stay) are avoided, and need half a community bed day each.
        #expect(abs(Self.horizon(outcome, .avoidedBedDays) / avoided.mean[10] - 6) < 1e-9)
        #expect(
            abs(Self.horizon(outcome, .communityBedDays) - 0.5 * Self.horizon(outcome, .avoidedBedDays))
                < 1e-6)
        // In expectation exactly: the waterfall's avoidance step and the shift's cost.
        #expect(abs(outcome.costWaterfall[4] - -(300 * 1000 + 1800 * 100)) < 1e-6)
        #expect(abs(outcome.costWaterfall[6] - 1800 * 0.5 * 50) < 1e-6)
        #expect(abs(outcome.bedDayWaterfall[4] - -1800) < 1e-9)
    }

    @Test func costsAddUpInTheLedger() throws {
        let scenario = try Self.scenario(
            """
              activity_avoidance:
                ambulatory_care_sensitive: [0.1, 0.4]
              efficiencies:
                delayed_days_removed: [0.2, 0.6]
              shift_to_community:
                community_bed_days: {per: avoided_bed_day, units: [0.3, 0.6]}
            """)
        let outcome = ScenarioEngine.run(Self.model(), scenario: scenario, runs: 200, seed: 7)
        for area in outcome.areas.indices {
            let mean = { (m: ScenarioMeasure) in outcome.series(m, area: area)!.mean }
            for t in outcome.years.indices {
                let parts = RunSimulation.costMeasures.reduce(0.0) { $0 + mean($1)[t] }
                #expect(abs(mean(.costTotal)[t] - parts) <= 1e-9 * max(1, parts))
                #expect(
                    abs(mean(.costBedDays)[t] - 100 * mean(.bedDays)[t]) <= 1e-9
                        * max(1, mean(.costBedDays)[t]))
                let released =
                    1000 * mean(.avoidedAdmissions)[t] + 100
                    * (mean(.avoidedBedDays)[t] + mean(.efficiencyBedDays)[t])
                #expect(abs(mean(.released)[t] - released) <= 1e-9 * max(1, released))
                #expect(
                    abs(mean(.netReleased)[t] - (released - mean(.costCommunity)[t])) <= 1e-6
                        * max(1, released))
                #expect(
                    abs(mean(.financialGap)[t] - (mean(.costTotal)[t] - mean(.budget)[t])) <= 1e-6
                        * max(1, parts))
            }
        }
        // The city is its LCPs, and its deciles (all the activity has an LCP and a decile).
        let city = Self.horizon(outcome, .costTotal)
        #expect(
            abs(
                city - Self.horizon(outcome, .costTotal, area: 1) - Self.horizon(outcome, .costTotal, area: 2)
            ) < 1e-6 * city)
        #expect(
            abs(
                city - Self.horizon(outcome, .costTotal, area: 3) - Self.horizon(outcome, .costTotal, area: 7)
            ) < 1e-6 * city)
        // The waterfall's steps add up from the baseline to the horizon.
        #expect(abs(outcome.costWaterfall[0..<7].reduce(0, +) - outcome.costWaterfall[7]) < 1e-6 * city)
        // The budget grows by 2% a year from the baseline's cost.
        let budget = outcome.series(.budget)!.mean
        #expect(abs(budget[10] - budget[0] * pow(1.02, 10)) < 1e-6 * budget[10])
    }

    @Test func percentilesOrderCorrectly() throws {
        let scenario = try Self.scenario(
            """
              non_demographic_growth:
                emergency_admissions: [-0.01, 0.03]
              health_status_adjustment: [0, 2]
            """)
        let outcome = ScenarioEngine.run(Self.model(), scenario: scenario, runs: 300, seed: 7)
        for series in outcome.series {
            for t in series.p10.indices {
                #expect(series.p10[t] <= series.p50[t] && series.p50[t] <= series.p90[t])
            }
        }
        #expect(outcome.series.count == (ScenarioMeasure.allCases.count - 1) * outcome.areas.count + 1)
    }

    @Test func theSameSeedGivesTheSameResultOnOneAndTwoThreads() throws {
        let scenario = try Self.scenario(
            """
              non_demographic_growth:
                emergency_admissions: [0, 0.02]
              activity_avoidance:
                ambulatory_care_sensitive: [0.1, 0.3]
            """)
        let one = ScenarioEngine.run(Self.model(), scenario: scenario, runs: 101, seed: 11, threads: 1)
        let two = ScenarioEngine.run(Self.model(), scenario: scenario, runs: 101, seed: 11, threads: 2)
        #expect(one == two)
        let other = ScenarioEngine.run(Self.model(), scenario: scenario, runs: 101, seed: 12, threads: 2)
        #expect(one != other)
    }

    @Test func healthStatusSlopeIsRecovered() {
        let ages = (55..<90).map(Double.init)
        let exposure = ages.map { 1000 + $0 * 10 }
        let counts = zip(ages, exposure).map { $1 * exp(-6 + 0.05 * $0) }
        #expect(abs(HealthStatus.slope(ages: ages, counts: counts, exposure: exposure) - 0.05) < 1e-9)
        // A rate that falls with age is not adjusted.
        let falling = zip(ages, exposure).map { $1 * exp(-2 - 0.03 * $0) }
        #expect(HealthStatus.slope(ages: ages, counts: falling, exposure: exposure) == 0)
    }

    @Test func healthierYearsLowerOlderActivityByTheSlope() throws {
        let model = Self.model()
        let scenario = try Self.scenario("  health_status_adjustment: 2")
        let outcome = ScenarioEngine.run(model, scenario: scenario, runs: 50, seed: 7)
        // Only the men of 80 are 55 or over; their admissions fall by exp(−β·2) by the horizon.
        let beta = model.slopes[ActivitySetting.emergencyAdmission.rawValue * 2 + Sex.male.rawValue]
        let change = 1000 * (exp(-beta * 2) - 1)
        #expect(abs(outcome.costWaterfall[2] - (change * 1000 + change * 6 * 100)) < 1e-6 * 1_000_000)
    }
}

extension ScenarioEngineTests {
    @Test func eachMeasureKnowsItsPosition() {
        #expect(ScenarioMeasure.allCases.enumerated().allSatisfy { $0.offset == $0.element.index })
    }
}
