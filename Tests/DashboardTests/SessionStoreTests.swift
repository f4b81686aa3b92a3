import Testing

@testable import Dashboard

/// Sessions are bounded (issue 12, item 17): a flood of sign-in-form sessions stays within the
/// capacity and never pushes out a signed-in user's session.
@Suite struct SessionStoreTests {
    @Test func aFloodOfFormSessionsIsBoundedAndSignedInSessionsStay() async throws {
        let store = SessionStore(capacity: 100)
        for i in 0..<5 {
            try await store.create(
                key: "user\(i)", value: WebSession(userName: "cara\(i)", credentials: "c"),
                expires: .seconds(3600))
        }
        for i in 0..<5_000 {
            try await store.create(key: "form\(i)", value: WebSession(), expires: .seconds(3600))
        }
        let counts = await store.counts
        #expect(counts.visitors <= 100 && counts.visitors >= 90)
        #expect(counts.signedIn == 5)
        for i in 0..<5 {
            let session = try await store.get(key: "user\(i)", as: WebSession.self)
            #expect(session?.userName == "cara\(i)")
        }
        #expect(try await store.get(key: "form4999", as: WebSession.self) != nil, "the newest stays")
        #expect(try await store.get(key: "form0", as: WebSession.self) == nil, "the oldest went")
    }

    @Test func expiredSessionsAreNotGivenAndAreDropped() async throws {
        let store = SessionStore(capacity: 10)
        try await store.create(key: "gone", value: WebSession(), expires: .milliseconds(1))
        try await Task.sleep(for: .milliseconds(20))
        #expect(try await store.get(key: "gone", as: WebSession.self) == nil)
        #expect(await store.counts.visitors == 0)
    }
}
