import Foundation
import PlacePack
import Testing

@Suite("Leeds pack: geography")
struct LeedsGeographyTests {
    let pack: PlacePack

    init() throws { pack = try PlacePack.load(from: try leedsPackDirectory()) }

    @Test func loadsWithItsIdentity() {
        #expect(pack.id == "leeds")
        #expect(pack.name == "Leeds")
        #expect((775_000...795_000).contains(pack.populationTarget))
        #expect(pack.fileURL("synthesis")?.lastPathComponent == "synthesis.yaml")
    }

    @Test func hasTheCountsTheSeedsGive() {
        let geography = pack.geography
        #expect(geography.wards.count == 33)
        #expect(geography.localCarePartnerships.count == 18)
        #expect(geography.neighbourhoodTeams.count == 13)
        #expect(geography.primaryCareNetworks.count == 19)
        #expect(geography.practices.count == 97)
        #expect((460...500).contains(geography.lsoas.count))
    }

    @Test func lsoaPopulationsAreRealisticAndSumToTheTarget() {
        let lsoas = pack.geography.lsoas
        #expect(lsoas.allSatisfy { (1_200...2_200).contains($0.population) })
        let total = pack.geography.totalPopulation
        #expect(abs(total - pack.populationTarget) <= 5_000, "LSOAs sum to \(total)")
        #expect(Set(lsoas.map(\.imdDecile)) == Set(1...10))
    }

    @Test func deprivedLeedsIsAbout23Percent() {
        let share = pack.geography.deprivedShare
        #expect(abs(share - 0.23) <= 0.01, "deprived share \(share)")
    }

    @Test func everyUnitIsPlacedInTheHierarchy() {
        let geography = pack.geography
        for practice in geography.practices {
            #expect(geography.primaryCareNetwork(practice.pcnCode)?.lcpCode == practice.lcpCode)
            #expect(geography.ward(practice.wardCode)?.lcpCode == practice.lcpCode, "\(practice.code)")
            #expect(practice.listWeight > 0)
        }
        #expect(Set(geography.wards.map(\.lcpCode)) == Set(geography.localCarePartnerships.map(\.code)))
        #expect(Set(geography.practices.map(\.pcnCode)) == Set(geography.primaryCareNetworks.map(\.code)))
        #expect(Set(geography.localCarePartnerships.map(\.neighbourhoodTeamCode)).count == 13)
        #expect(Set(geography.lsoas.map(\.wardCode)).count == 33)
    }

    @Test func deprivationFollowsTheLeedsPattern() throws {
        let deprived = [
            "Gipton & Harehills", "Burmantofts & Richmond Hill", "Killingbeck & Seacroft",
            "Hunslet & Riverside",
            "Beeston & Holbeck", "Middleton Park", "Armley", "Little London & Woodhouse",
        ]
        let affluent = [
            "Harewood", "Wetherby", "Adel & Wharfedale", "Horsforth", "Roundhay", "Guiseley & Rawdon",
        ]
        let deprivedShares = try deprived.map { try decileOneShare(ofWardNamed: $0) }
        let affluentShares = try affluent.map { try decileOneShare(ofWardNamed: $0) }
        #expect(deprivedShares.min()! >= 0.4, "\(deprivedShares)")
        #expect(affluentShares.max()! <= 0.05, "\(affluentShares)")
        #expect(deprivedShares.min()! > 4 * affluentShares.max()! + 0.3)
    }

    private func decileOneShare(ofWardNamed name: String) throws -> Double {
        let ward = try #require(pack.geography.wards.first { $0.name == name }, "no ward \(name)")
        let lsoas = pack.geography.lsoas(inWard: ward.code)
        let total = lsoas.reduce(0) { $0 + $1.population }
        let deprived = lsoas.filter { $0.imdDecile == 1 }.reduce(0) { $0 + $1.population }
        return Double(deprived) / Double(total)
    }
}
