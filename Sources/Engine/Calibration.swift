import Foundation
import PlacePack
import Store

/// One calibration target measured on the stored synthetic place.
public struct CalibrationResult: Sendable {
    /// The target.
    public let target: CalibrationTarget
    /// The published value, scaled to the synthetic population where the target is a count.
    public let expected: Double
    /// The synthetic value, or nil if it could not be measured.
    public let synthetic: Double?
    /// The tolerance applied: the target's, widened for sampling error on a scaled-down place.
    public let tolerance: Tolerance
    /// Whether the synthetic value is within the tolerance applied.
    public let passed: Bool
}

/// Measures every calibration target of the pack on a stored synthetic place.
///
/// A place generated with fewer persons than the pack's population has more sampling error, so its
/// tolerances are widened by sqrt(pack population / persons); the full-size place is held to the
/// pack's own tolerances.
public struct Calibration: Sendable {
    let store: any PlaceStore
    let pack: PlacePack

    /// Calibration of the place in `store` against `pack`'s targets.
    public init(store: any PlaceStore, pack: PlacePack) {
        self.store = store
        self.pack = pack
    }

    /// The factor tolerances are widened by for a place of `persons`.
    public func samplingAllowance(persons: Int) -> Double {
        max(1, (Double(pack.populationTarget) / Double(max(persons, 1))).squareRoot())
    }

    /// Measures every modelled target. The measures are kept beside the store for its current
    /// content (``CalibrationCache``), so a second report on an unchanged store is immediate.
    public func run() throws -> [CalibrationResult] {
        let dataset = try store.dataset()
        let persons = Int(dataset["persons_requested"] ?? "") ?? pack.populationTarget
        let widen = samplingAllowance(persons: persons)
        let measures = SyntheticMeasures(store: store, cityCode: dataset["city_code"] ?? "")
        var cache = try CalibrationCache(store: store)
        defer { cache.save() }
        return try pack.calibration.filter(\.isModelled).map { target in
            let expected = target.expected(forPersons: persons, populationTarget: pack.populationTarget)
            let tolerance: Tolerance
            switch target.tolerance {
            case .relative(let fraction): tolerance = .relative(fraction * widen)
            case .absolute(let amount): tolerance = .absolute(amount * widen)
            }
            guard let period = Period(target.period) else {
                return CalibrationResult(
                    target: target, expected: expected, synthetic: nil, tolerance: tolerance, passed: false)
            }
            let value = try cache.value(target.metric, target.period) {
                try measures.measure(target.metric, period)
            }
            let passed = value.map { tolerance.accepts($0, published: expected) } ?? false
            return CalibrationResult(
                target: target, expected: expected, synthetic: value, tolerance: tolerance, passed: passed)
        }
    }
}
