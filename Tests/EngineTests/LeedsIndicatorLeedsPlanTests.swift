import Testing

@testable import Engine

/// The three Leeds Health and Care Plan obsessions, each on a hand-built place whose answer was worked
/// out by hand. Financial year 2019/20 (April to March); populations are counted on 1 October 2019.
@Suite struct LeedsIndicatorLeedsPlanTests {
    @Test("brief-advice-and-referral: brief advice and referrals for adults per 1,000 18+")
    func briefAdviceAndReferral() throws {
        let place = HandBuiltPlace()
        let p1 = place.person(born: "1970-01-01", in: "A")
        let p2 = place.person(born: "1960-01-01", in: "A")
        for _ in 1...2 { place.person(born: "1950-01-01", in: "A") }
        let child = place.person(born: "2004-01-01", in: "A")  // 15
        let q1 = place.person(born: "1980-01-01", in: "B")
        let q2 = place.person(born: "1975-01-01", in: "B")
        let q3 = place.person(born: "1965-01-01", in: "B")
        place.person(born: "1945-01-01", in: "B")
        place.observation(p1, "2019-05-01", "brief_advice", "smoking")  // counted
        place.observation(p1, "2019-05-01", "referral", "weight")  // counted (the same consultation)
        place.observation(q1, "2020-01-10", "brief_advice", "alcohol")  // counted
        place.observation(p2, "2019-06-01", "smoking", "current")  // a status, not advice
        place.observation(q2, "2019-06-01", "bmi")  // not advice
        place.observation(child, "2019-06-01", "brief_advice", "activity")  // aged 15
        place.observation(p1, "2019-03-31", "referral", "activity")  // 2018/19
        place.observation(q3, "2020-04-01", "referral", "alcohol")  // 2020/21
        let r = try place.compute("brief-advice-and-referral")
        // 2019/20: 2 (p1) + 1 (q1) = 3 records; adults: 4 in A, 4 in B = 8. 3 / 8 × 1,000 = 375.
        // A person's records are taken together in the variance: 2² (p1) + 1 (q1) = 5.
        r.expect("2019/20", numerator: 3, denominator: 8, value: 375, sumOfSquares: 5)
        // W1: 2 / 4 × 1,000 = 500; W2: 1 / 4 × 1,000 = 250.
        r.expect("2019/20", "ward", "W1", numerator: 2, denominator: 4, value: 500, sumOfSquares: 4)
        r.expect("2019/20", "ward", "W2", numerator: 1, denominator: 4, value: 250)
        r.expect("2019/20", "practice", "P1", numerator: 2, denominator: 4, value: 500, sumOfSquares: 4)
    }

    @Test("hospital-bed-days: nights in hospital per 100,000 population, in the year they fall in")
    func hospitalBedDays() throws {
        let place = HandBuiltPlace()
        let p1 = place.person(born: "1970-01-01", in: "A")
        let p2 = place.person(born: "1960-01-01", in: "A")
        let child = place.person(born: "2012-01-01", in: "A")  // 7
        let q1 = place.person(born: "1980-01-01", in: "B")
        let q2 = place.person(born: "1950-01-01", in: "B")
        place.admission(p1, admitted: "2019-04-01", discharged: "2019-04-05")  // 4 nights
        place.admission(p1, admitted: "2019-11-11", discharged: "2019-11-11")  // same day: none
        place.admission(child, admitted: "2019-07-07", discharged: "2019-07-08")  // 1 night (all ages)
        place.admission(p2, "elective", admitted: "2019-06-01", discharged: "2019-06-03")  // 2 nights
        // 30 and 31 March in 2019/20, 1 April in 2020/21.
        place.admission(q1, admitted: "2020-03-30", discharged: "2020-04-02")
        place.admission(q1, admitted: "2019-03-31", discharged: "2019-04-01")  // 1 night, 2018/19
        place.admission(q2, admitted: "2020-04-01")  // not discharged: every night of 2020/21 on
        let r = try place.compute("hospital-bed-days")
        // 2019/20: 4 + 1 + 2 + 2 = 9 nights; 5 residents. 9 / 5 × 100,000 = 180,000.
        // A stay's nights in a year are one value of the sum: Σx² = 16 + 1 + 4 + 4 = 25.
        r.expect("2019/20", numerator: 9, denominator: 5, value: 180_000, sumOfSquares: 25)
        // W1: 7 / 3 × 100,000; W2: 2 / 2 × 100,000.
        r.expect("2019/20", "ward", "W1", numerator: 7, denominator: 3, value: 700_000 / 3, sumOfSquares: 21)
        r.expect("2019/20", "ward", "W2", numerator: 2, denominator: 2, value: 100_000, sumOfSquares: 4)
        // Age 5-9: the child's night (aged 7) / the child = 100,000.
        r.expect("2019/20", "age", "5-9", numerator: 1, denominator: 1, value: 100_000, sumOfSquares: 1)
        // 2018/19: q1's night of 31 March 2019. 2020/21: q1's 1 April and q2's 365 nights, one run
        // (q2 turns 71 on 1 January 2021, in the same age band): Σx² = 1 + 365².
        r.expect("2018/19", numerator: 1, denominator: 5, value: 20_000, sumOfSquares: 1)
        r.expect("2020/21", numerator: 366, denominator: 5, value: 7_320_000, sumOfSquares: 1 + 365 * 365)
    }

    @Test("bame-mha-detentions: detentions of Black, Asian, mixed and other groups per 100,000 in them")
    func bameDetentions() throws {
        let place = HandBuiltPlace()
        let p1 = place.person(born: "1980-01-01", ethnic: "black", in: "A")
        let p2 = place.person(born: "1985-01-01", ethnic: "asian", in: "A")
        let p3 = place.person(born: "1975-01-01", ethnic: "white", in: "A")
        let p4 = place.person(born: "1990-01-01", ethnic: "not_stated", in: "A")
        let q1 = place.person(born: "1995-01-01", ethnic: "mixed", in: "B")
        let q2 = place.person(born: "1970-01-01", ethnic: "other", in: "B")
        place.person(born: "1965-01-01", ethnic: "white", in: "B")
        place.detention(p1, started: "2019-05-01", ended: "2019-06-01")  // counted
        place.detention(p1, started: "2019-12-01")  // counted (detentions, not people)
        place.detention(q2, started: "2020-02-02")  // counted
        place.detention(p3, started: "2019-06-01")  // white
        place.detention(p4, started: "2019-07-01")  // not stated
        place.detention(p2, started: "2019-03-31")  // 2018/19
        place.detention(q1, started: "2020-04-01")  // 2020/21
        let r = try place.compute("bame-mha-detentions")
        // 2019/20: 3 detentions; residents in the four groups: p1, p2, q1, q2 = 4. 3 / 4 × 100,000 = 75,000.
        // p1's two detentions are taken together in the variance: 2² + 1 = 5.
        r.expect("2019/20", numerator: 3, denominator: 4, value: 75_000, sumOfSquares: 5)
        // W1: 2 / 2 (p1, p2) × 100,000 = 100,000; W2: 1 / 2 (q1, q2) × 100,000 = 50,000.
        r.expect("2019/20", "ward", "W1", numerator: 2, denominator: 2, value: 100_000, sumOfSquares: 4)
        r.expect("2019/20", "ward", "W2", numerator: 1, denominator: 2, value: 50_000)
        // By group: black 2 / 1 = 200,000; asian 0 / 1 = 0; other 1 / 1 = 100,000; white and not stated
        // are outside the denominator, so have no result.
        r.expect(
            "2019/20", "ethnicity", "black", numerator: 2, denominator: 1, value: 200_000, sumOfSquares: 4)
        r.expect("2019/20", "ethnicity", "asian", numerator: 0, denominator: 1, value: 0)
        r.expect("2019/20", "ethnicity", "other", numerator: 1, denominator: 1, value: 100_000)
        r.expectNone("2019/20", "ethnicity", "white")
        r.expectNone("2019/20", "ethnicity", "not_stated")
    }
}
