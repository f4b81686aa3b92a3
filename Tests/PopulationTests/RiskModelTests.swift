import Foundation
import PlaceModel
import Population
import Statistics
import Testing

@Suite struct RiskModelTests {
    /// Rows drawn from a known logistic model: intercept, a binary feature, a count and a
    /// continuous one; returns the design and each row's true risk.
    static func known(_ n: Int, seed: UInt64, beta: [Double]) -> (SparseDesign, [Double]) {
        var random = SeededRandomGenerator(seed: seed)
        var design = SparseDesign(columns: beta.count)
        var truth: [Double] = []
        for _ in 0..<n {
            let x = [
                1, random.nextOpenUnit() < 0.3 ? 1 : 0, Double(Int(random.nextOpenUnit() * 6)),
                random.nextNormal(),
            ]
            let p = 1 / (1 + exp(-zip(beta, x).reduce(0) { $0 + $1.0 * $1.1 }))
            design.append(x.enumerated().map { ($0.offset, $0.element) }, outcome: random.nextOpenUnit() < p)
            truth.append(p)
        }
        return (design, truth)
    }

    @Test func logisticRegressionRecoversKnownCoefficients() {
        let beta = [-2.5, 0.8, 0.3, -0.5]
        let (design, _) = Self.known(200_000, seed: 7, beta: beta)
        let fit = LogisticRegression(fitting: design, ridge: 0)
        #expect(fit.converged)
        for (estimate, truth) in zip(fit.coefficients, beta) {
            #expect(abs(estimate - truth) < 0.04, "\(fit.coefficients) vs \(beta)")
        }
        // Deterministic: the same data give the same bits.
        #expect(LogisticRegression(fitting: design, ridge: 0).coefficients == fit.coefficients)
    }

    @Test func metricsOnAnIndependentSampleMatchTheTruth() {
        let beta = [-2.5, 0.8, 0.3, -0.5]
        let (train, _) = Self.known(100_000, seed: 8, beta: beta)
        let (test, truth) = Self.known(100_000, seed: 9, beta: beta)
        let fit = LogisticRegression(fitting: train)
        let risk = (0..<test.rows).map { 1 / (1 + exp(-test.linear($0, fit.coefficients))) }
        let outcome = test.outcome
        let auroc = ModelMetrics.auroc(risk, outcome)!
        let ideal = ModelMetrics.auroc(truth, outcome)!
        #expect(abs(auroc - ideal) < 0.003)
        let calibration = ModelMetrics.calibration(risk, outcome)
        #expect(abs(calibration.slope - 1) < 0.05)
        #expect(abs(calibration.intercept) < 0.03)
        let expectedBrier = truth.reduce(0) { $0 + $1 * (1 - $1) } / Double(truth.count)
        #expect(abs(ModelMetrics.brier(risk, outcome) - expectedBrier) < 0.003)
        // Risks that are too extreme have a slope below 1; too low, an intercept above 0.
        let extreme = risk.map { p in 1 / (1 + exp(-2 * log(p / (1 - p)))) }
        #expect(ModelMetrics.calibration(extreme, outcome).slope < 0.6)
        let low = risk.map { $0 / 2 }
        #expect(ModelMetrics.calibration(low, outcome).intercept > 0.5)
    }
}
