import Statistics
import Foundation
import Ingest
import PlaceModel
import PlacePack
import Store

/// Generates the deterministic synthetic place into a new store file.
///
/// The same pack, seed and number of persons give the same stored content. The store is written to
/// a scratch file beside the target and renamed into place only when complete, so a failed or
/// killed synthesis leaves any existing store untouched.
public struct Synthesizer: Sendable {
    let pack: PlacePack
    let parameters: SynthParameters
    /// The seed of every random draw.
    public let seed: UInt64
    /// The population the synthetic place is scaled to (785,000 for the whole of Leeds).
    public let persons: Int
    let plans: [LSOAPlan]
    let mix: DeprivationMix

    /// Prepares a synthesis of `pack` (reading its `synthesis.yaml`) for `persons` people.
    public init(pack: PlacePack, seed: UInt64, persons: Int) throws {
        self.pack = pack
        self.seed = seed
        self.persons = persons
        var parameters = try SynthParameters.read(from: pack)
        let geography = pack.geography
        let total = Double(geography.lsoas.reduce(0) { $0 + $1.population })
        let scale = Double(persons) * parameters.baseShare / total
        let wardLCP = Dictionary(uniqueKeysWithValues: geography.wards.map { ($0.code, $0.lcpCode) })
        var cumulative = 0.0
        var plans: [LSOAPlan] = []
        for (index, lsoa) in geography.lsoas.enumerated() {
            let before = Int(cumulative.rounded())
            cumulative += Double(lsoa.population) * scale
            var practices = geography.practices.filter { $0.wardCode == lsoa.wardCode }
            if practices.isEmpty {
                practices = geography.practices.filter { $0.lcpCode == wardLCP[lsoa.wardCode] }
            }
            if practices.isEmpty { practices = geography.practices }
            plans.append(
                LSOAPlan(
                    index: index, code: lsoa.code, x: Double(10 - lsoa.imdDecile) / 9,
                    basePersons: Int(cumulative.rounded()) - before, practices: practices.map(\.code),
                    practiceWeights: practices.map(\.listWeight)))
        }
        let wardName = Dictionary(uniqueKeysWithValues: geography.wards.map { ($0.code, $0.name) })
        for (index, lsoa) in geography.lsoas.enumerated() {
            let ward = wardName[lsoa.wardCode].flatMap { parameters.ethnicity.wardMinority[$0] }
            plans[index].minorityShare = ward ?? parameters.ethnicity.minorityShare(x: plans[index].x)
        }
        parameters.placeStudents(in: &plans, geography: geography)
        self.parameters = parameters
        self.plans = plans
        mix = DeprivationMix(xs: zip(plans, geography.lsoas).map { ($0.x, Double($1.population)) })
    }

    /// The LSOA populations of the synthetic place relative to the pack's (persons / pack population).
    public var scale: Double {
        Double(persons) / Double(pack.geography.lsoas.reduce(0) { $0 + $1.population })
    }

    /// Writes the synthetic place to `path`, replacing what is there only once complete.
    ///
    /// - Throws: ``StoreError/notSynthetic(_:)`` when a file at `path` is not a synthetic store
    ///   (real data and its audit log are never replaced), before anything is written.
    public func write(to path: String, progress: (@Sendable (SynthProgress) -> Void)? = nil) throws
        -> SynthReport
    {
        if FileManager.default.fileExists(atPath: path), !SQLiteStore.isSyntheticStore(at: path) {
            throw StoreError.notSynthetic(path)
        }
        let began = Date()
        let scratch = path + ".partial"
        for suffix in ["", "-journal"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
        var counts = [Int](repeating: 0, count: SynthTable.allCases.count)
        var personsWritten = 0
        do {
            let store = try SQLiteStore(path: scratch, scratch: true)
            try store.transaction { writer in
                try GeographyLoader(pack: pack).write(writer)
                try generate(writer, counts: &counts, persons: &personsWritten, progress: progress)
                for row in aggregateRows() {
                    if try writer.insert(SynthTable.aggregates.schema, row) {
                        counts[SynthTable.aggregates.rawValue] += 1
                    }
                }
                try writeDataset(writer)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: scratch)
            throw error
        }
        for suffix in ["-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: scratch, toPath: path)
        let rows = SynthTable.allCases.map { ($0.schema.name, counts[$0.rawValue]) }
        return SynthReport(persons: personsWritten, rows: rows, seconds: Date().timeIntervalSince(began))
    }

    private func generate(
        _ writer: any BulkWriter, counts: inout [Int], persons: inout Int,
        progress: (@Sendable (SynthProgress) -> Void)?
    ) throws {
        let plans = self.plans
        let (parameters, mix, seed) = (self.parameters, self.mix, self.seed)
        var done = 0
        try Pipeline.run(capacity: 16) { (send: (GeneratedRows) -> Bool) in
            let block = 8
            for first in stride(from: 0, to: plans.count, by: block) {
                let slice = Array(plans[first..<min(first + block, plans.count)])
                let results = ParallelSlots<GeneratedRows>(count: slice.count)
                DispatchQueue.concurrentPerform(iterations: slice.count) { i in
                    var simulation = Simulation(parameters: parameters, plan: slice[i], mix: mix, seed: seed)
                    results.set(i, simulation.run())
                }
                for rows in results.values { guard send(rows) else { return } }
            }
        } consume: { generated in
            for (index, batch) in generated.batches.enumerated() where batch.count > 0 {
                counts[index] += try writer.insert(batch)
            }
            persons += generated.persons
            done += 1
            progress?(
                SynthProgress(
                    lsoasDone: done, lsoasTotal: plans.count, persons: persons,
                    rows: counts.reduce(0, +)))
        }
    }
}
