import PlaceColumns

/// The part of the population a person-level request is for: one practice's registered list or
/// one LCP's. Case-finding lists and timelines take it explicitly, so that a caller (the web
/// server's access check) can refuse, narrow or audit a request before any person is read.
public enum AccessScope: Sendable, Hashable, CustomStringConvertible {
    /// Persons registered with this practice (code).
    case practice(String)
    /// Persons of this Local Care Partnership (code): registered with its practices, or living in
    /// it when not registered.
    case lcp(String)

    /// Checks that the scope's area exists.
    ///
    /// - Throws: ``PopulationError`` naming the unknown area.
    public func validate(_ areas: AreaIndex) throws {
        switch self {
        case .practice(let code):
            guard areas.practice(code) != nil else { throw PopulationError.unknownArea("practice", code) }
        case .lcp(let code):
            guard areas.lcps.contains(code) else { throw PopulationError.unknownArea("LCP", code) }
        }
    }

    /// Whether person `i` is in the scope.
    public func contains(_ i: Int, in data: PopulationData) -> Bool {
        switch self {
        case .practice(let code):
            return data.practice[i] >= 0 && data.areas.practices[Int(data.practice[i])].code == code
        case .lcp(let code): return data.lcp(i) == code
        }
    }

    /// The positions of the persons in the scope.
    public func members(of data: PopulationData) -> [Int] {
        switch self {
        case .practice(let code):
            guard let p = data.areas.practice(code) else { return [] }
            let wanted = Int32(p)
            return data.practice.indices.filter { data.practice[$0] == wanted }
        case .lcp:
            return (0..<data.count).filter { contains($0, in: data) }
        }
    }

    /// `practice B86S01` or `LCP LCP01`.
    public var description: String {
        switch self {
        case .practice(let code): return "practice \(code)"
        case .lcp(let code): return "LCP \(code)"
        }
    }
}
