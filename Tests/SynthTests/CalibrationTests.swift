import Engine
import Foundation
import PlacePack
import Store
import Synth
import Testing

@Suite struct CalibrationTests {

    @Test func aReducedPlaceIsWithinTolerance() throws {
        let store = try SynthFixture.shared.get()
        let calibration = Calibration(store: store, pack: try SynthFixture.leeds())
        let results = try calibration.run()
        #expect(results.count >= 25)
        for result in results {
            #expect(result.synthetic != nil, "\(result.target.id) was not measured")
            #expect(
                result.passed,
                "\(result.target.id): synthetic \(result.synthetic ?? .nan) vs \(result.expected)")
        }
        // Deprivation gradients English data shows.
        let byId = Dictionary(uniqueKeysWithValues: results.map { ($0.target.id, $0) })
        #expect((byId["smoking-deprivation-ratio"]?.synthetic ?? 0) > 1.5)
        #expect((byId["emergency-admissions-deprivation-ratio"]?.synthetic ?? 0) > 1.4)
        #expect((byId["life-expectancy-gap"]?.synthetic ?? 0) > 6)
    }

    @Test func periodsParse() throws {
        let financial = try #require(Period("2018/19"))
        #expect(financial.start.description == "2018-04-01")
        #expect(financial.end.description == "2019-03-31")
        let pooled = try #require(Period("2016-18"))
        #expect(pooled.start.description == "2016-01-01")
        #expect(pooled.end.description == "2018-12-31")
        #expect(Period("October 2018")?.end.description == "2018-10-31")
        #expect(Period("2018")?.middle.description == "2018-07-02")
        #expect(Period("2018/20") == nil)
        #expect(Period("soon") == nil)
    }

    @Test func toleranceWidensOnlyForScaledDownPlaces() throws {
        let store = try SynthFixture.synthesise(persons: 2_000, seed: 1)
        let calibration = Calibration(store: store, pack: try SynthFixture.leeds())
        #expect(calibration.samplingAllowance(persons: 785_000) == 1)
        #expect(abs(calibration.samplingAllowance(persons: 78_500) - 10.0.squareRoot()) < 1e-12)
    }
}
