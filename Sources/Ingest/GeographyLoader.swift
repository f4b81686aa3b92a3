import PlaceModel
import PlacePack
import Store

/// Stores a place pack's geography: the city, neighbourhood teams, LCPs, wards, LSOAs, PCNs and practices.
public struct GeographyLoader: Sendable {
    let pack: PlacePack

    /// A loader for `pack`'s geography.
    public init(pack: PlacePack) { self.pack = pack }

    /// The city's code and name, from the `city` entry of the pack's `synthesis.yaml`.
    public func city() throws -> (code: String, name: String) {
        let city = try PackNode.parse(file: "synthesis.yaml", in: pack.directory).required("city")
        return (try city.required("code").string(), try city.required("name").string())
    }

    /// Writes every area (existing areas with the same code are kept as they are).
    public func write(_ writer: any BulkWriter) throws {
        let g = pack.geography
        let (cityCode, cityName) = try city()
        func area(
            _ code: String, _ kind: String, _ name: String, parent: String?, ward: String? = nil,
            decile: Int? = nil,
            population: Int? = nil, synthetic: Bool = true
        ) throws {
            _ = try writer.insert(
                PlaceSchema.areas,
                [
                    .text(code), .text(kind), .text(name), .text(parent), .text(ward),
                    decile.map { .int(Int64($0)) } ?? .null, population.map { .int(Int64($0)) } ?? .null,
                    .flag(synthetic),
                ])
        }
        try area(cityCode, "city", cityName, parent: nil, synthetic: false)
        for team in g.neighbourhoodTeams { try area(team.code, "team", team.name, parent: cityCode) }
        for lcp in g.localCarePartnerships {
            try area(lcp.code, "lcp", lcp.name, parent: lcp.neighbourhoodTeamCode)
        }
        for ward in g.wards {
            try area(ward.code, "ward", ward.name, parent: ward.lcpCode, synthetic: ward.synthetic)
        }
        for lsoa in g.lsoas {
            try area(
                lsoa.code, "lsoa", lsoa.name, parent: lsoa.wardCode, decile: lsoa.imdDecile,
                population: lsoa.population)
        }
        for pcn in g.primaryCareNetworks { try area(pcn.code, "pcn", pcn.name, parent: pcn.lcpCode) }
        for practice in g.practices {
            try area(
                practice.code, "practice", practice.name, parent: practice.pcnCode, ward: practice.wardCode)
        }
        try writer.setDataset("pack", pack.id)
        try writer.setDataset("city_code", cityCode)
    }
}
