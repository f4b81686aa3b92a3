import Population
import Testing

@Suite struct ModelMetricsTests {
    @Test func aurocCountsPairsAndHalvesTies() {
        #expect(ModelMetrics.auroc([0.1, 0.4, 0.35, 0.8], [false, false, true, true]) == 0.75)
        #expect(ModelMetrics.auroc([0.5, 0.5], [false, true]) == 0.5)
        #expect(ModelMetrics.auroc([0.2, 0.9, 0.9, 0.1], [false, true, false, true]) == 0.375)
        #expect(ModelMetrics.auroc([0.2, 0.3], [true, true]) == nil)
    }

    @Test func brierIsTheMeanSquaredError() {
        let value = ModelMetrics.brier([0.1, 0.9, 0.5], [false, true, true])
        #expect(abs(value - (0.01 + 0.01 + 0.25) / 3) < 1e-15)
    }

    @Test func theTopPercentIsExactAndReproducible() {
        let risk = [0.3, 0.9, 0.3, 0.1, 0.3]
        // ceil(5 x 50%) = 3: the 0.9, then the first two of the tied 0.3s.
        #expect(ModelMetrics.top(risk, percent: 50) == [true, true, true, false, false])
        #expect(ModelMetrics.top(risk, percent: 2) == [false, true, false, false, false])
        let yielded = ModelMetrics.yield([true, true, false, false], [true, false, true, false])
        #expect(yielded.ppv == 0.5)
        #expect(yielded.sensitivity == 0.5)
        #expect(ModelMetrics.yield([false], [false]).ppv == nil)
    }

    @Test func calibrationGroupsSplitByRisk() {
        let risk = (0..<100).map { Double($0) / 100 }
        let outcome = (0..<100).map { $0 >= 90 }
        let groups = ModelMetrics.calibrationGroups(risk, outcome)
        #expect(groups.count == 10)
        #expect(groups.allSatisfy { $0.persons == 10 })
        #expect(abs(groups[0].predicted - 0.045) < 1e-12)
        #expect(groups[9].observed == 1)
        #expect(groups[8].observed == 0)
    }
}
