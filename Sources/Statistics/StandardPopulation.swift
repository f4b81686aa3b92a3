/// A standard population: one weight per age band, for direct standardisation.
public struct StandardPopulation: Sendable, Equatable {
    /// The bands in order of start age.
    public let bands: [AgeBand]
    /// The standard population of each band, aligned with ``bands``.
    public let populations: [Double]
    private let indexByStartAge: [Int: Int]

    /// The European Standard Population 2013 in the 19 bands PHEindicatormethods uses (0-4 … 85-89, 90+).
    public static let esp2013 = try! StandardPopulation(
        labels: [
            "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54",
            "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+",
        ],
        populations: [
            5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000,
            2500,
            1500, 1000,
        ])

    /// A user-supplied standard.
    ///
    /// - Throws: on unreadable or duplicated bands, negative or non-finite populations, or lengths that differ.
    public init(labels: [String], populations: [Double]) throws {
        try Validate.sameLength([labels.count, populations.count], ["labels", "populations"])
        guard !labels.isEmpty else { throw StatisticsError(.empty, field: "standard population", "no bands") }
        var pairs: [(AgeBand, Double)] = []
        var seen: [Int: Int] = [:]
        for (index, label) in labels.enumerated() {
            let band = try AgeBand(label)
            if let first = seen[band.startAge] {
                throw StatisticsError(
                    .duplicatedAgeBand, field: "standard population", index: index,
                    "\"\(label)\" starts at the same age as \"\(labels[first])\"")
            }
            seen[band.startAge] = index
            try Validate.count(populations[index], "standard population", index: index)
            pairs.append((band, populations[index]))
        }
        pairs.sort { $0.0.startAge < $1.0.startAge }
        bands = pairs.map(\.0)
        self.populations = pairs.map(\.1)
        indexByStartAge = Dictionary(uniqueKeysWithValues: bands.enumerated().map { ($1.startAge, $0) })
    }

    /// The position of a band (by start age) in ``bands``, if the standard has it.
    public func index(of band: AgeBand) -> Int? { indexByStartAge[band.startAge] }

    /// For each of a group's band labels, the standard population; every standard band must appear once.
    ///
    /// - Throws: an unknown band, a band given twice, or a standard band missing from the group.
    public func weights(for labels: [String]) throws -> [Double] {
        var used = [Int?](repeating: nil, count: bands.count)
        var weights: [Double] = []
        weights.reserveCapacity(labels.count)
        for (position, label) in labels.enumerated() {
            let band: AgeBand
            do { band = try AgeBand(label) } catch let error as StatisticsError {
                throw error.at(index: position)
            }
            guard let index = index(of: band) else {
                throw StatisticsError(
                    .unknownAgeBand, field: "age band", index: position,
                    "\"\(label)\" is not a band of the standard population")
            }
            if let earlier = used[index] {
                throw StatisticsError(
                    .duplicatedAgeBand, field: "age band", index: position,
                    "\"\(label)\" repeats the band \"\(labels[earlier])\"")
            }
            used[index] = position
            weights.append(populations[index])
        }
        if let missing = used.firstIndex(where: { $0 == nil }) {
            throw StatisticsError(
                .missingAgeBand, field: "age band", "the band \"\(bands[missing].label)\" is missing")
        }
        return weights
    }
}
