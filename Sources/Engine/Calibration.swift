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
    /// Whether the synthetic value is within the target's tolerance.
    public let passed: Bool
}

/// Measures every calibration target of the pack on a stored synthetic place.
public struct Calibration: Sendable {
    let store: any PlaceStore
    let pack: PlacePack

    /// Calibration of the place in `store` against `pack`'s targets.
    public init(store: any PlaceStore, pack: PlacePack) {
        self.store = store
        self.pack = pack
    }

    /// Measures every modelled target.
    public func run() throws -> [CalibrationResult] {
        let dataset = try store.dataset()
        let persons = Int(dataset["persons_requested"] ?? "") ?? pack.populationTarget
        let measures = SyntheticMeasures(store: store, cityCode: dataset["city_code"] ?? "")
        return try pack.calibration.filter(\.isModelled).map { target in
            let expected = target.expected(forPersons: persons, populationTarget: pack.populationTarget)
            guard let period = Period(target.period) else {
                return CalibrationResult(target: target, expected: expected, synthetic: nil, passed: false)
            }
            let value = try measures.measure(target.metric, period)
            let passed = value.map { target.tolerance.accepts($0, published: expected) } ?? false
            return CalibrationResult(target: target, expected: expected, synthetic: value, passed: passed)
        }
    }
}
