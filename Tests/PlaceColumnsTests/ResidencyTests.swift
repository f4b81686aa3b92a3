import Testing

@testable import PlaceColumns

/// The residency rule at its edges: the day of birth and the last day registered count; the day of
/// death and the day before registration do not.
@Suite struct ResidencyTests {
    @Test func theEdgesOfResidence() {
        func present(_ day: Int32) -> Bool {
            Residency.present(birth: 10, death: 50, from: 20, to: 40, on: day)
        }
        #expect(!present(19) && present(20) && present(40) && !present(41))
        #expect(Residency.present(birth: 10, death: .max, from: .min, to: .max, on: 10))
        #expect(!Residency.present(birth: 10, death: .max, from: .min, to: .max, on: 9))
        #expect(!Residency.present(birth: 10, death: 30, from: .min, to: .max, on: 30))
        #expect(Residency.present(birth: 10, death: 30, from: .min, to: .max, on: 29))
    }
}
