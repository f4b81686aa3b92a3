import Testing

@testable import Statistics

/// The quantile functions against values from mpmath (40 digits) and SciPy, and round trips.
@Suite struct DistributionTests {
    @Test(arguments: [
        (0.975, 1.9599639845400542355), (0.999, 3.0902323061678135415), (1e-10, -6.3613409024040562047),
        (0.3, -0.52440051270804078404), (0.6, 0.25334710313579978),
    ])
    func normalQuantile(p: Double, expected: Double) {
        expectClose(Normal.quantile(p), expected, relative: 1e-14, absolute: 0, "qnorm(\(p))")
    }

    @Test(arguments: [
        (0.025, 2.0, 0.05063561596857975), (0.975, 2.0, 7.377758908227871), (0.001, 20.0, 5.92104074548752),
        (0.999, 20.0, 45.31474661812586), (0.025, 1.0, 0.0009820691171752555), (0.5, 0.5, 0.0873476047057468),
        (0.9995, 200.0, 272.4226080404334),
    ])
    func chiSquaredQuantile(p: Double, df: Double, expected: Double) {
        let x = ChiSquared.quantile(p, degreesOfFreedom: df)
        expectClose(x, expected, relative: 1e-12, absolute: 0, "qchisq(\(p), \(df))")
        expectClose(
            ChiSquared.cdf(x, degreesOfFreedom: df), p, relative: 1e-12, absolute: 0, "pchisq round trip")
    }

    @Test(arguments: [
        (0.025, 7.0, -2.3646242515927844), (0.001, 3.0, -10.214531852407385),
        (0.025, 1000.0, -1.9623390808264085),
        (0.001, 17.0, -3.64576738007841), (0.0001, 4.5, -11.020996368612229),
        (0.3, 25.0, -0.5311537895819286),
        (0.975, 7.0, 2.3646242515927844),
    ])
    func studentTQuantile(p: Double, df: Double, expected: Double) {
        let t = StudentT.quantile(p, degreesOfFreedom: df)
        expectClose(t, expected, relative: 1e-11, absolute: 0, "qt(\(p), \(df))")
        expectClose(StudentT.cdf(t, degreesOfFreedom: df), p, relative: 1e-11, absolute: 0, "pt round trip")
    }

    @Test func closedFormsAndEdges() {
        expectClose(StudentT.quantile(0.025, degreesOfFreedom: 1), -12.706204736174705, relative: 1e-13, "t1")
        expectClose(StudentT.quantile(0.025, degreesOfFreedom: 2), -4.302652729749464, relative: 1e-13, "t2")
        #expect(ChiSquared.quantile(0.3, degreesOfFreedom: 0) == 0)
        #expect(Normal.quantile(0) == -.infinity)
        #expect(Normal.quantile(1.5).isNaN)
        expectClose(Normal.cdf(1.959963984540054), 0.975, relative: 1e-14, "pnorm")
    }

    @Test func exactPoissonForZeroCounts() {
        let (lower, upper) = ExactPoisson.limits(0, level: 0.95)
        #expect(lower == 0)
        expectClose(upper, 3.6888794541139363, relative: 1e-13, "exact upper for 0")  // −ln(0.025)
    }

    @Test func generatorIsReproducibleAndUniform() {
        var a = SeededRandomGenerator(seed: 42)
        var b = SeededRandomGenerator(seed: 42)
        var sum = 0.0
        var squares = 0.0
        for _ in 0..<100_000 {
            let x = a.nextNormal()
            #expect(x == b.nextNormal())
            sum += x
            squares += x * x
        }
        #expect(abs(sum / 100_000) < 0.02)
        #expect(abs(squares / 100_000 - 1) < 0.02)
    }
}
