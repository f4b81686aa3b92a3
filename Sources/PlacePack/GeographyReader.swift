/// Reads and validates `geography.yaml`. Entries must come after the entries they refer to:
/// neighbourhood teams, then LCPs, wards, PCNs, practices and LSOAs.
enum GeographyReader {
    static func read(_ root: PackNode) throws -> Geography {
        var teamCodes = UniqueCodes(kind: "neighbourhood team")
        let teams = try root.required("neighbourhood_teams").list().map { entry in
            let code = try entry.required("code")
            try teamCodes.insert(code.string(), at: code)
            return NeighbourhoodTeam(code: try code.string(), name: try entry.required("name").string())
        }
        var lcpCodes = UniqueCodes(kind: "local care partnership")
        let lcps = try root.required("local_care_partnerships").list().map { entry in
            let code = try entry.required("code")
            try lcpCodes.insert(code.string(), at: code)
            let team = try entry.required("neighbourhood_team")
            try teamCodes.check(team.string(), at: team)
            return LocalCarePartnership(
                code: try code.string(), name: try entry.required("name").string(),
                neighbourhoodTeamCode: try team.string())
        }
        var wardCodes = UniqueCodes(kind: "ward")
        let wards = try root.required("wards").list().map { entry in
            let code = try entry.required("code")
            try wardCodes.insert(code.string(), at: code)
            let lcp = try entry.required("lcp")
            try lcpCodes.check(lcp.string(), at: lcp)
            return Ward(
                code: try code.string(), name: try entry.required("name").string(), lcpCode: try lcp.string(),
                synthetic: try entry.required("synthetic").bool())
        }
        var pcnCodes = UniqueCodes(kind: "primary care network")
        var pcnLCP: [String: String] = [:]
        let pcns = try root.required("primary_care_networks").list().map { entry in
            let code = try entry.required("code")
            try pcnCodes.insert(code.string(), at: code)
            let lcp = try entry.required("lcp")
            try lcpCodes.check(lcp.string(), at: lcp)
            pcnLCP[try code.string()] = try lcp.string()
            return PrimaryCareNetwork(
                code: try code.string(), name: try entry.required("name").string(), lcpCode: try lcp.string())
        }
        var practiceCodes = UniqueCodes(kind: "practice")
        let practices = try root.required("practices").list().map { entry in
            try readPractice(entry, codes: &practiceCodes, wards: wardCodes, pcns: pcnCodes, pcnLCP: pcnLCP)
        }
        var lsoaCodes = UniqueCodes(kind: "LSOA")
        let lsoas = try root.required("lsoas").list().map { entry in
            let code = try entry.required("code")
            try lsoaCodes.insert(code.string(), at: code)
            let ward = try entry.required("ward")
            try wardCodes.check(ward.string(), at: ward)
            let decile = try entry.required("imd_decile")
            guard (1...10).contains(try decile.int()) else {
                throw decile.fail(.outOfRange, "IMD decile must be 1...10, found \(try decile.int())")
            }
            let population = try entry.required("population")
            guard try population.int() > 0 else {
                throw population.fail(
                    .outOfRange, "population must be positive, found \(try population.int())")
            }
            return LSOA(
                code: try code.string(), name: try entry.required("name").string(),
                wardCode: try ward.string(),
                imdDecile: try decile.int(), population: try population.int())
        }
        return Geography(
            wards: wards, lsoas: lsoas, localCarePartnerships: lcps, primaryCareNetworks: pcns,
            practices: practices, neighbourhoodTeams: teams)
    }

    private static func readPractice(
        _ entry: PackNode, codes: inout UniqueCodes, wards: UniqueCodes, pcns: UniqueCodes,
        pcnLCP: [String: String]
    ) throws -> Practice {
        let code = try entry.required("code")
        try codes.insert(code.string(), at: code)
        let ward = try entry.required("ward")
        try wards.check(ward.string(), at: ward)
        let pcn = try entry.required("pcn")
        try pcns.check(pcn.string(), at: pcn)
        let expectedLCP = pcnLCP[try pcn.string()] ?? ""
        let lcpNode = try entry.optional("lcp")
        if let lcpNode, try lcpNode.string() != expectedLCP {
            throw lcpNode.fail(
                .inconsistent,
                "practice LCP '\(try lcpNode.string())' differs from its PCN's LCP '\(expectedLCP)'")
        }
        let weight = try entry.required("list_weight")
        guard try weight.double() > 0 else {
            throw weight.fail(.outOfRange, "list weight must be positive, found \(try weight.double())")
        }
        return Practice(
            code: try code.string(), name: try entry.required("name").string(), wardCode: try ward.string(),
            pcnCode: try pcn.string(), lcpCode: expectedLCP, listWeight: try weight.double())
    }
}
