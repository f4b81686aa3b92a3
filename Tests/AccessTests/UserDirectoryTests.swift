import Access
import Population
import Store
import Testing

/// Users in the store: add, verify, disable, enable, reset; bad names, weak passwords, bad scopes.
@Suite struct UserDirectoryTests {
    @Test func usersAreAddedVerifiedDisabledAndReset() throws {
        let store = try AccessStore.make()
        let (practice, lcp, _) = try AccessStore.areas(store)
        let users = UserDirectory(store: store, cost: 4)
        let added = try users.add(
            name: "cara", displayName: "Dr Cara", role: .clinician, scopes: [.practice(practice), .lcp(lcp)],
            password: "amber tide 1 lantern")
        #expect(try users.user("cara") == added)
        #expect(try users.list().map(\.name) == ["cara"])
        #expect(try users.verify(name: "cara", password: "amber tide 1 lantern")?.role == .clinician)
        #expect(
            try users.verify(name: "CARA", password: "amber tide 1 lantern") != nil,
            "names are not case-sensitive")
        #expect(try users.verify(name: "cara", password: "first password 2") == nil)
        #expect(try users.verify(name: "nobody", password: "amber tide 1 lantern") == nil)
        // The password is stored only as a bcrypt hash.
        let hash = try store.query("SELECT password_hash FROM users WHERE user_name = 'cara'", [])[0][0]
            .textValue!
        #expect(hash.hasPrefix("$2b$04$") && !hash.contains("amber tide"))

        try users.disable("cara")
        #expect(try users.user("cara")?.disabled == true)
        #expect(try users.verify(name: "cara", password: "amber tide 1 lantern") == nil)
        try users.enable("cara")
        try users.resetPassword("cara", to: "quiet fjord 2 meadow")
        #expect(try users.verify(name: "cara", password: "amber tide 1 lantern") == nil)
        #expect(try users.verify(name: "cara", password: "quiet fjord 2 meadow") != nil)
    }

    @Test func badRequestsAreRefusedAndNothingIsStored() throws {
        let store = try AccessStore.make()
        let (practice, _, _) = try AccessStore.areas(store)
        let users = UserDirectory(store: store, cost: 4)
        #expect(throws: AccessError.invalidName("Bad Name")) {
            try users.add(name: "Bad Name", role: .analyst, password: "amber tide 1 lantern")
        }
        #expect(throws: AccessError.weakPassword("use at least 12 characters")) {
            try users.add(name: "ann", role: .analyst, password: "short")
        }
        #expect(throws: AccessError.weakPassword("use at least 5 different characters")) {
            try users.add(name: "ann", role: .analyst, password: "abababababab")
        }
        #expect(throws: AccessError.weakPassword("do not include the user name")) {
            try users.add(name: "annabel", role: .analyst, password: "annabel-2026!")
        }
        #expect(throws: AccessError.invalidScope("a clinician needs at least one --practice or --lcp")) {
            try users.add(name: "cara", role: .clinician, password: "amber tide 1 lantern")
        }
        #expect(throws: AccessError.invalidScope("only clinicians are assigned practices or LCPs")) {
            try users.add(
                name: "ann", role: .analyst, scopes: [.practice(practice)], password: "amber tide 1 lantern")
        }
        #expect(throws: AccessError.invalidScope("no practice ZZZ99 in the store")) {
            try users.add(
                name: "cara", role: .clinician, scopes: [.practice("ZZZ99")], password: "amber tide 1 lantern"
            )
        }
        #expect(try users.list().isEmpty)
        try users.add(name: "ann", role: .analyst, password: "amber tide 1 lantern")
        #expect(throws: AccessError.duplicateUser("ann")) {
            try users.add(name: "ann", role: .governance, password: "another password")
        }
        #expect(try users.user("ann")?.role == .analyst, "the first user is kept as it was")
        #expect(throws: AccessError.unknownUser("zed")) { try users.disable("zed") }
        #expect(throws: AccessError.unknownUser("zed")) {
            try users.resetPassword("zed", to: "amber tide 1 lantern")
        }
    }

    @Test func generatedPasswordsAreStrongAndDifferent() throws {
        let a = UserDirectory.generatePassword(for: "someone")
        let b = UserDirectory.generatePassword(for: "someone")
        #expect(a.count == 20 && a != b)
        try UserDirectory.checkStrength(a, name: "someone")
    }
}
