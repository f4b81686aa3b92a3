import Foundation
import PlacePack
import Testing

@Suite("Leeds pack: strategy, calibration and ward names")
struct LeedsStrategyTests {
    let pack: PlacePack

    init() throws { pack = try PlacePack.load(from: try leedsPackDirectory()) }

    @Test func wardNamesAreTheThirtyThreeLeedsWards() {
        let names: Set<String> = [
            "Adel & Wharfedale", "Alwoodley", "Ardsley & Robin Hood", "Armley", "Beeston & Holbeck",
            "Bramley & Stanningley", "Burmantofts & Richmond Hill", "Calverley & Farsley", "Chapel Allerton",
            "Cross Gates & Whinmoor", "Farnley & Wortley", "Garforth & Swillington", "Gipton & Harehills",
            "Guiseley & Rawdon", "Harewood", "Headingley & Hyde Park", "Horsforth", "Hunslet & Riverside",
            "Killingbeck & Seacroft", "Kippax & Methley", "Kirkstall", "Little London & Woodhouse",
            "Middleton Park", "Moortown", "Morley North", "Morley South", "Otley & Yeadon", "Pudsey",
            "Rothwell", "Roundhay", "Temple Newsam", "Weetwood", "Wetherby",
        ]
        #expect(Set(pack.geography.wards.map(\.name)) == names)
    }

    @Test func strategyHierarchyIsComplete() {
        let strategy = pack.strategy
        #expect(strategy.vision.contains("poorest improve their health the fastest"))
        #expect(strategy.outcomes.map(\.number) == Array(1...5))
        #expect(strategy.priorities.map(\.number) == Array(1...12))
        #expect(strategy.indicators.count == 21)
        #expect(Set(strategy.indicators.map(\.id)).count == 21)
        #expect(strategy.areasOfFocus.count == 3)
        #expect(strategy.obsessions.count == 3)
    }

    @Test func indicatorsLinkToExistingOutcomesAndPriorities() {
        let strategy = pack.strategy
        for indicator in strategy.indicators {
            #expect(strategy.outcome(indicator.outcome) != nil, "\(indicator.id)")
            #expect(!indicator.priorities.isEmpty, "\(indicator.id)")
            #expect(indicator.priorities.allSatisfy { strategy.priority($0) != nil }, "\(indicator.id)")
            #expect(indicator.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(indicator.id)")
            #expect(!indicator.definition.isEmpty)
            if indicator.isPersonLevel {
                #expect(indicator.aggregateSource == nil, "\(indicator.id)")
            } else {
                #expect(
                    indicator.source == "aggregate" && indicator.aggregateSource != nil, "\(indicator.id)")
            }
        }
        #expect(Set(strategy.indicators.map(\.outcome)) == Set(1...5))
    }

    @Test func everyCalibrationTargetIsSourcedAndKnown() {
        #expect(pack.calibration.count >= 30)
        for target in pack.calibration {
            #expect(CalibrationMetric.isKnown(target.metric), "\(target.id)")
            #expect(!target.source.isEmpty, "\(target.id)")
            if target.assumption { #expect(target.note != nil, "\(target.id) needs a reason") }
        }
        let modelled = Set(pack.calibration.filter(\.isModelled).map(\.metric))
        let families = modelled.filter { id in CalibrationMetric.areaFamilies.contains { id.hasPrefix($0) } }
        #expect(
            modelled.subtracting(families) == Set(CalibrationMetric.all),
            "missing \(Set(CalibrationMetric.all).subtracting(modelled))")
        // Every area a family names is one of the pack's.
        let wards = Set(pack.geography.wards.map(\.code))
        for id in families { #expect(wards.contains(String(id.split(separator: ".").last ?? "")), "\(id)") }
        #expect(pack.calibration.contains { !$0.isModelled && $0.published == 249 })
    }

    @Test func calibrationAgreesWithTheGeography() throws {
        let deprived = try #require(pack.calibration.first { $0.metric == "deprived_share" })
        #expect(deprived.tolerance.accepts(pack.geography.deprivedShare * 100, published: deprived.published))
        let population = try #require(pack.calibration.first { $0.metric == "population_total" })
        #expect(
            population.tolerance.accepts(
                Double(pack.geography.totalPopulation), published: population.published))
        #expect(population.expected(forPersons: 78_500, populationTarget: 785_000) == 78_500)
    }
}
