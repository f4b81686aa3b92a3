import Foundation

/// A fitted model of the risk of an emergency admission in the 12 months after a date: its
/// version, feature set and coefficients. Scoring is a pure function of the model and the data,
/// so a stored model scores the same person the same way every time.
public struct RiskModel: Sendable, Codable, Hashable {
    /// What the model predicts.
    public static let outcome = "emergency-admission-12m"

    /// The version: outcome, training date and a digest of the coefficients.
    public let version: String
    /// The feature set (``RiskFeatures/version``).
    public let featureSet: String
    /// Feature names, one per coefficient.
    public let features: [String]
    /// Coefficients on the log-odds scale, one per feature.
    public let coefficients: [Double]
    /// Index date of the training period (YYYY-MM-DD).
    public let trainDate: String
    /// When it was fitted (UTC, ISO 8601).
    public let createdAt: String
    /// Whether it was fitted on synthetic data.
    public let synthetic: Bool

    /// A model with these coefficients; the version is derived from them.
    public init(coefficients: [Double], trainDate: String, createdAt: String, synthetic: Bool) {
        featureSet = RiskFeatures.version
        features = RiskFeatures.names
        self.coefficients = coefficients
        self.trainDate = trainDate
        self.createdAt = createdAt
        self.synthetic = synthetic
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in coefficients {
            for byte in withUnsafeBytes(of: c.bitPattern.littleEndian, Array.init) {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        version = "\(Self.outcome)-\(trainDate)-\(String(hash >> 32, radix: 16))"
    }

    /// The risk for a row of features (column, value).
    public func risk(_ entries: [(Int, Double)]) -> Double {
        var eta = 0.0
        for (c, v) in entries where c < coefficients.count { eta += coefficients[c] * v }
        return 1 / (1 + exp(-eta))
    }

    /// Every eligible person's risk on the snapshot's date (NaN for persons not scored).
    public func scores(_ data: PopulationData, _ snapshot: PopulationSnapshot) -> [Double] {
        inParallel(count: data.count) { range in
            range.map { i in
                RiskFeatures.isEligible(i, snapshot)
                    ? risk(RiskFeatures.entries(of: i, in: data, snapshot: snapshot)) : .nan
            }
        }.flatMap { $0 }
    }
}
