import PlaceColumns
import Access
import Population
import Testing

/// The policy on a hand-built place: two LCPs, three practices.
@Suite struct AccessPolicyTests {
    let policy = AccessPolicy(
        areas: AreaIndex(
            lsoas: [AreaIndex.LSOA(code: "L1", decile: 1, ward: "W1", lcp: "LCP1")],
            practices: [
                AreaIndex.Practice(code: "P1", pcn: "N1", lcp: "LCP1"),
                AreaIndex.Practice(code: "P2", pcn: "N1", lcp: "LCP1"),
                AreaIndex.Practice(code: "P3", pcn: "N2", lcp: "LCP2"),
            ]))

    func user(_ role: Role, _ scopes: [AccessScope] = []) -> User {
        User(name: "u", displayName: "U", role: role, scopes: scopes)
    }

    @Test func onlyCliniciansSeePersonLevelData() {
        for role in Role.allCases where role != .clinician {
            #expect(throws: AccessError.notAllowed(role, "see person-level data")) {
                try policy.checkPersonLevel(user(role), .practice("P1"))
            }
        }
        #expect(throws: AccessError.signInRequired) { try policy.checkPersonLevel(nil, .practice("P1")) }
        #expect(throws: Never.self) {
            try policy.checkPersonLevel(user(.clinician, [.practice("P1")]), .practice("P1"))
        }
    }

    @Test func anAssignedLCPCoversItsPracticesAndAPracticeOnlyItself() {
        let lcp = user(.clinician, [.lcp("LCP1")])
        let practice = user(.clinician, [.practice("P1")])
        let cases: [(User, AccessScope, Bool)] = [
            (lcp, .lcp("LCP1"), true), (lcp, .practice("P1"), true), (lcp, .practice("P2"), true),
            (lcp, .practice("P3"), false), (lcp, .lcp("LCP2"), false), (lcp, .practice("NOPE"), false),
            (practice, .practice("P1"), true), (practice, .practice("P2"), false),
            (practice, .lcp("LCP1"), false),
        ]
        for (u, scope, allowed) in cases {
            let granted = (try? policy.checkPersonLevel(u, scope)) != nil
            #expect(granted == allowed, "\(u.scopes) asking for \(scope)")
        }
        #expect(throws: AccessError.outOfScope("practice P3")) {
            try policy.checkPersonLevel(lcp, .practice("P3"))
        }
    }

    @Test func onlyTheGovernanceLeadReadsTheAuditLogAndOnlyAnalystsSeeSmallNumbers() {
        for role in Role.allCases {
            #expect(((try? policy.checkAuditReader(user(role))) != nil) == (role == .governance))
            #expect(policy.unsuppressed(user(role)) == (role == .analyst))
        }
        #expect(throws: AccessError.signInRequired) { try policy.checkAuditReader(nil) }
        #expect(!policy.unsuppressed(nil))
    }

    @Test func errorsSayWhatWithoutPersonLevelDetail() {
        let error = AccessError.outOfScope("practice P3")
        #expect(error.status == 403)
        #expect(error.isRefusal)
        #expect(!error.description.contains("P3"))
        #expect(error.debugDescription.contains("practice P3"))
        #expect(AccessError.tooManyAttempts(retryAfter: 42).retryAfter == 42)
        #expect(AccessError.signInRequired.status == 401)
    }
}

/// A scope as forms, parameters and the store write it.
@Suite struct AccessScopeParameterTests {
    @Test func scopesReadBackAsWritten() {
        for scope in [AccessScope.practice("B86S01"), .lcp("LCP03")] {
            #expect(AccessScope(parameter: scope.parameter) == scope)
            #expect(AccessScope(kind: scope.kind, code: scope.code) == scope)
        }
        #expect(AccessScope.practice("B86S01").parameter == "practice:B86S01")
        for bad in ["", "practice", "practice:", "ward:E05", ":B86S01"] {
            #expect(AccessScope(parameter: bad) == nil, "\(bad)")
        }
    }
}
