import Foundation

/// Maximum-likelihood logistic regression by Newton-Raphson (iteratively reweighted least
/// squares), with an optional small ridge penalty for stability. Pure and deterministic: rows are
/// summed in fixed chunks, in order, whatever the number of threads.
public struct LogisticRegression: Sendable {
    /// The fitted coefficients, one per design column.
    public let coefficients: [Double]
    /// Newton iterations used.
    public let iterations: Int
    /// Whether the largest coefficient change fell below the tolerance.
    public let converged: Bool
    /// The log-likelihood at the fitted coefficients (without the penalty).
    public let logLikelihood: Double

    /// Fits `design` (column 0 should be a constant 1 for an intercept). `offset`, when given, is
    /// added to every row's linear predictor with a fixed coefficient of 1. `ridge` penalises
    /// the squared coefficients (not the intercept, column 0).
    public init(
        fitting design: SparseDesign, offset: [Double]? = nil, ridge: Double = 1e-6, maxIterations: Int = 30,
        tolerance: Double = 1e-8
    ) {
        let p = design.columns
        var beta = [Double](repeating: 0, count: p)
        var iterations = 0
        var converged = false
        var logLikelihood = 0.0
        while iterations < maxIterations {
            iterations += 1
            let sums = Self.accumulate(design, beta, offset)
            logLikelihood = sums.logLikelihood
            var hessian = sums.hessian
            var gradient = sums.gradient
            for j in 1..<max(p, 1) {
                hessian[j * p + j] += ridge * Double(design.rows)
                gradient[j] -= ridge * Double(design.rows) * beta[j]
            }
            guard let step = Self.solve(hessian, gradient, p) else { break }
            var largest = 0.0
            for j in 0..<p {
                beta[j] += step[j]
                largest = max(largest, abs(step[j]))
            }
            if largest < tolerance {
                converged = true
                break
            }
        }
        coefficients = beta
        self.iterations = iterations
        self.converged = converged
        self.logLikelihood = logLikelihood
    }

    private struct Sums: Sendable {
        var gradient: [Double]
        var hessian: [Double]
        var logLikelihood = 0.0
    }

    /// X'(y - mu), X'WX (full, symmetric) and the log-likelihood, summed in fixed chunks.
    private static func accumulate(_ design: SparseDesign, _ beta: [Double], _ offset: [Double]?) -> Sums {
        let p = design.columns
        let parts = inParallel(count: design.rows, chunkSize: 65_536) { range in
            var s = Sums(
                gradient: [Double](repeating: 0, count: p), hessian: [Double](repeating: 0, count: p * p))
            for r in range {
                let eta = design.linear(r, beta) + (offset?[r] ?? 0)
                let mu = 1 / (1 + exp(-eta))
                let y = design.outcome[r] ? 1.0 : 0.0
                let w = max(mu * (1 - mu), 1e-12)
                s.logLikelihood += y * eta - (eta > 0 ? eta + log1p(exp(-eta)) : log1p(exp(eta)))
                let entries = design.offsets[r]..<design.offsets[r + 1]
                for a in entries {
                    let i = Int(design.index[a])
                    let xi = design.value[a]
                    s.gradient[i] += (y - mu) * xi
                    for b in entries {
                        let j = Int(design.index[b])
                        if j >= i { s.hessian[i * p + j] += w * xi * design.value[b] }
                    }
                }
            }
            return s
        }
        var total = Sums(
            gradient: [Double](repeating: 0, count: p), hessian: [Double](repeating: 0, count: p * p))
        for part in parts {
            total.logLikelihood += part.logLikelihood
            for k in 0..<p { total.gradient[k] += part.gradient[k] }
            for k in 0..<(p * p) { total.hessian[k] += part.hessian[k] }
        }
        for i in 0..<p { for j in 0..<i { total.hessian[i * p + j] = total.hessian[j * p + i] } }
        return total
    }

    /// Solves the symmetric positive-definite system `a x = b` (Cholesky); nil if not positive definite.
    static func solve(_ a: [Double], _ b: [Double], _ n: Int) -> [Double]? {
        var l = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = a[i * n + j]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    guard sum > 0 else { return nil }
                    l[i * n + i] = sum.squareRoot()
                } else {
                    l[i * n + j] = sum / l[j * n + j]
                }
            }
        }
        var y = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var sum = b[i]
            for k in 0..<i { sum -= l[i * n + k] * y[k] }
            y[i] = sum / l[i * n + i]
        }
        var x = [Double](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            var sum = y[i]
            for k in (i + 1)..<n { sum -= l[k * n + i] * x[k] }
            x[i] = sum / l[i * n + i]
        }
        return x
    }
}
