import Testing

/// Says, in the test log, whether the shared reference vectors were found; the fixtures run regardless.
@Suite struct SharedPresenceTests {
    @Test(.enabled(if: !ReferenceSource.sharedIsPresent, "../shared/reference/phe is present"))
    func sharedReferenceIsAbsent() {
        print("../shared/reference/phe not found beside the package: only the fixture copies are checked")
    }

    @Test(.enabled(if: ReferenceSource.sharedIsPresent, "../shared/reference/phe is absent: skipped"))
    func sharedReferenceIsPresent() {
        #expect(ReferenceSource.sharedIsPresent)
    }
}
