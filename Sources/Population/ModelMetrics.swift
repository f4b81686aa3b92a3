import Foundation

/// Measures of a risk model's predictions against what happened: discrimination, calibration,
/// accuracy and the yield of flagging the highest risks. Pure functions of (risk, outcome) pairs.
public enum ModelMetrics {
    /// Area under the ROC curve (the probability that a random person with the outcome has a
    /// higher risk than a random person without; ties count half). Nil without both outcomes.
    public static func auroc(_ risk: [Double], _ outcome: [Bool]) -> Double? {
        let order = risk.indices.sorted { risk[$0] < risk[$1] }
        var rankSum = 0.0
        var positives = 0.0
        var start = 0
        while start < order.count {
            var stop = start
            while stop + 1 < order.count, risk[order[stop + 1]] == risk[order[start]] { stop += 1 }
            let midRank = Double(start + stop) / 2 + 1
            for k in start...stop where outcome[order[k]] {
                rankSum += midRank
                positives += 1
            }
            start = stop + 1
        }
        let negatives = Double(risk.count) - positives
        guard positives > 0, negatives > 0 else { return nil }
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives)
    }

    /// The Brier score: the mean squared difference between risk and outcome (0 is perfect).
    public static func brier(_ risk: [Double], _ outcome: [Bool]) -> Double {
        guard !risk.isEmpty else { return 0 }
        var sum = 0.0
        for (p, y) in zip(risk, outcome) {
            let d = p - (y ? 1 : 0)
            sum += d * d
        }
        return sum / Double(risk.count)
    }

    /// Calibration slope (b in logit P(y) = a + b logit(risk); 1 is ideal, below 1 means risks
    /// too extreme) and intercept (a in logit P(y) = a + logit(risk), the calibration-in-the-large;
    /// 0 is ideal, above 0 means risks too low).
    public static func calibration(_ risk: [Double], _ outcome: [Bool]) -> (slope: Double, intercept: Double)
    {
        let logits = risk.map { p -> Double in
            let q = min(max(p, 1e-9), 1 - 1e-9)
            return log(q / (1 - q))
        }
        var withSlope = SparseDesign(columns: 2)
        var interceptOnly = SparseDesign(columns: 1)
        for (l, y) in zip(logits, outcome) {
            withSlope.append([(0, 1), (1, l)], outcome: y)
            interceptOnly.append([(0, 1)], outcome: y)
        }
        let slope = LogisticRegression(fitting: withSlope, ridge: 0).coefficients[1]
        let intercept = LogisticRegression(fitting: interceptOnly, offset: logits, ridge: 0).coefficients[0]
        return (slope, intercept)
    }

    /// One group of a calibration plot.
    public struct CalibrationGroup: Sendable, Codable, Hashable {
        /// Persons in the group.
        public let persons: Int
        /// Mean predicted risk.
        public let predicted: Double
        /// Share with the outcome.
        public let observed: Double
    }

    /// Calibration plot data: persons sorted by risk into `groups` groups of (nearly) equal size.
    public static func calibrationGroups(_ risk: [Double], _ outcome: [Bool], groups: Int = 10)
        -> [CalibrationGroup]
    {
        let order = risk.indices.sorted { (risk[$0], $0) < (risk[$1], $1) }
        return (0..<groups).compactMap { g in
            let range = (order.count * g / groups)..<(order.count * (g + 1) / groups)
            guard !range.isEmpty else { return nil }
            var predicted = 0.0
            var observed = 0.0
            for k in range {
                predicted += risk[order[k]]
                observed += outcome[order[k]] ? 1 : 0
            }
            let n = Double(range.count)
            return CalibrationGroup(persons: range.count, predicted: predicted / n, observed: observed / n)
        }
    }

    /// Which persons are in the top `percent`% of risk: exactly ceil(n x percent / 100) of them,
    /// highest risk first (ties broken by position, so the choice is reproducible).
    public static func top(_ risk: [Double], percent: Double) -> [Bool] {
        let k = Int((Double(risk.count) * percent / 100).rounded(.up))
        let order = risk.indices.sorted { (risk[$0], $1) > (risk[$1], $0) }
        var flagged = [Bool](repeating: false, count: risk.count)
        for i in order.prefix(k) { flagged[i] = true }
        return flagged
    }

    /// Positive predictive value (share of the flagged with the outcome) and sensitivity (share of
    /// those with the outcome who were flagged); nil where the denominator is 0.
    public static func yield(_ flagged: [Bool], _ outcome: [Bool]) -> (ppv: Double?, sensitivity: Double?) {
        var flaggedCount = 0
        var hits = 0
        var events = 0
        for (f, y) in zip(flagged, outcome) {
            if f { flaggedCount += 1 }
            if y { events += 1 }
            if f && y { hits += 1 }
        }
        return (
            flaggedCount > 0 ? Double(hits) / Double(flaggedCount) : nil,
            events > 0 ? Double(hits) / Double(events) : nil
        )
    }
}
