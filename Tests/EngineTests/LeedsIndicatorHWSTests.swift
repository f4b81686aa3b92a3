import Statistics
import Testing

@testable import Engine

/// The Health and Wellbeing Strategy indicators from person-level data (rates and a proportion), each
/// on a hand-built place whose answer was worked out by hand. The DSRs are in
/// ``LeedsIndicatorHWSStandardisedTests``.
///
/// LSOA A is ward W1 (decile 1), LSOA B ward W2 (decile 10); see ``HandBuiltPlace``. Ages are in
/// completed years on the date named.
@Suite struct LeedsIndicatorHWSTests {
    @Test("infant-mortality: deaths under 1 per 1,000 live births, 2017-19 pooled")
    func infantMortality() throws {
        let place = HandBuiltPlace()
        let m1 = place.person(born: "1990-01-01", in: "A")
        let m2 = place.person(born: "1988-01-01", in: "B")
        // aged 0 at death, 2017: counted
        let c1 = place.person(born: "2017-03-01", in: "A", died: "2017-09-01")
        // Aged 1 at death: not an infant. c2 lives in B, away from m1 (A): m1's birth of c2 is W1's.
        let c2 = place.person(born: "2018-05-01", in: "B", died: "2019-06-01")
        let c3 = place.person(born: "2019-12-01", in: "B", died: "2020-02-01")  // aged 0, but in 2020
        // born 2016, died aged 0 in 2017: counted
        let c4 = place.person(born: "2016-11-01", in: "B", died: "2017-02-01")
        let c5 = place.person(born: "2019-06-01", in: "B")  // mother not known: the birth is the child's
        place.person(born: "1978-01-01", in: "A", died: "2018-04-01")  // an adult death (aged 40)
        place.birth(mother: m1, child: c1, on: "2017-03-01")
        place.birth(mother: m1, child: c2, on: "2018-05-01")
        place.birth(mother: m2, child: c3, on: "2019-12-01")
        place.birth(mother: m2, child: c4, on: "2016-11-01")  // 2016: outside 2017-19
        place.birth(mother: nil, child: c5, on: "2019-06-01")
        place.birth(mother: m2, child: nil, on: "2018-01-01")
        let r = try place.compute("infant-mortality")
        // 2017-19: infant deaths c1 (W1) and c4 (W2) = 2; births c1, c2 (m1, W1), c3, m2's 2018 birth
        // (m2, W2) and c5 (child, W2) = 5. 2 / 5 × 1,000 = 400.
        r.expect("2017-19", numerator: 2, denominator: 5, value: 400)
        // W1: 1 death (c1) / 2 births (m1's) × 1,000 = 500; W2: 1 (c4) / 3 × 1,000 = 333.3.
        r.expect("2017-19", "ward", "W1", numerator: 1, denominator: 2, value: 500)
        r.expect("2017-19", "ward", "W2", numerator: 1, denominator: 3, value: 1000.0 / 3)
        r.expect("2017-19", "deprivation", "deprived", numerator: 1, denominator: 2, value: 500)
        // 2018-20: the only infant death is c3 (2020); births c2, m2's 2018, c3, c5 = 4. 1 / 4 × 1,000 = 250.
        r.expect("2018-20", numerator: 1, denominator: 4, value: 250)
    }

    @Test("adults-who-smoke: latest smoking status of adults recorded in the year")
    func adultsWhoSmoke() throws {
        let place = HandBuiltPlace()
        let p1 = place.person(born: "1979-01-01", in: "A")
        let p2 = place.person(born: "1979-01-01", in: "A")
        let p3 = place.person(born: "1959-01-01", in: "B")
        let p4 = place.person(born: "1959-01-01", in: "B")
        let p5 = place.person(born: "2001-06-01", in: "B")  // 17 until 1 June 2019
        let p6 = place.person(born: "1979-01-01", in: "A")
        let p7 = place.person(born: "2001-10-01", in: "A")  // 17 until 1 October 2019
        place.observation(p1, "2019-03-01", "smoking", "current")
        place.observation(p1, "2019-09-01", "smoking", "ex")  // p1's latest: ex (denominator only)
        place.observation(p2, "2019-04-01", "smoking", "current")  // current
        place.observation(p3, "2019-02-01", "smoking", "never")
        place.observation(p3, "2019-11-01", "smoking", "current")  // latest: current
        place.observation(p4, "2018-12-31", "smoking", "current")  // 2018, not 2019
        place.observation(p5, "2019-03-01", "smoking", "never")  // aged 17: not counted
        place.observation(p5, "2019-08-01", "smoking", "current")  // aged 18: current
        place.observation(p6, "2019-05-05", "bmi")  // not a smoking record
        place.observation(p6, "2019-05-05", "brief_advice", "smoking")  // not a smoking status
        place.observation(p7, "2019-05-01", "smoking", "current")  // aged 17 on the date (18 by December)
        let r = try place.compute("adults-who-smoke")
        // 2019: adults with a smoking status: p1, p2, p3, p5 = 4; latest status current: p2, p3, p5 = 3.
        // 3 / 4 × 100 = 75%.
        r.expect("2019", numerator: 3, denominator: 4, value: 75)
        // W1: p1, p2 → 1 / 2 = 50%; W2: p3, p5 → 2 / 2 = 100%.
        r.expect("2019", "ward", "W1", numerator: 1, denominator: 2, value: 50)
        r.expect("2019", "ward", "W2", numerator: 2, denominator: 2, value: 100)
        // By age on the record's date: p5 (18) is 15-19; p1 and p2 (40) are 40-44.
        r.expect("2019", "age", "15-19", numerator: 1, denominator: 1, value: 100)
        r.expect("2019", "age", "40-44", numerator: 1, denominator: 2, value: 50)
        // 2018: p4 only, current → 1 / 1.
        r.expect("2018", numerator: 1, denominator: 1, value: 100)
    }

    @Test("unnecessary-time-in-hospital: delayed bed-days of adults by discharge date, per 100,000 18+")
    func unnecessaryTimeInHospital() throws {
        let place = HandBuiltPlace()
        let a1 = place.person(born: "1979-01-01", in: "A")
        let a2 = place.person(born: "1960-01-01", in: "A")
        let a3 = place.person(born: "1950-01-01", in: "A")
        let a4 = place.person(born: "1940-01-01", in: "A")
        let child = place.person(born: "2009-01-01", in: "A")
        let b1 = place.person(born: "1985-01-01", in: "B")
        let b2 = place.person(born: "1975-01-01", in: "B")
        place.person(born: "1965-01-01", in: "B")
        place.person(born: "1955-01-01", in: "B")
        let t = place.person(born: "2001-11-01", in: "B")  // 17 on 1 October 2019, 18 from 1 November
        let dead = place.person(born: "1950-01-01", in: "A", died: "2019-09-01")  // dead by 1 October 2019
        place.admission(a1, admitted: "2019-05-01", discharged: "2019-05-20", delayedDays: 5)  // counted
        place.admission(b1, admitted: "2020-03-01", discharged: "2020-03-31", delayedDays: 7)  // counted
        // Admitted in 2018/19, discharged in 2019/20 (elective): counted.
        place.admission(b2, "elective", admitted: "2019-03-20", discharged: "2019-04-02", delayedDays: 4)
        // discharged 2020/21
        place.admission(a2, admitted: "2020-03-25", discharged: "2020-04-03", delayedDays: 6)
        place.admission(a3, admitted: "2020-01-01", delayedDays: 9)  // still in hospital
        place.admission(child, admitted: "2019-06-01", discharged: "2019-06-10", delayedDays: 3)  // aged 10
        // 18 at discharge
        place.admission(t, admitted: "2020-01-02", discharged: "2020-01-15", delayedDays: 2)
        place.admission(dead, admitted: "2019-07-01", discharged: "2019-08-01", delayedDays: 10)  // counted
        place.admission(a4, admitted: "2019-02-01", discharged: "2019-03-31", delayedDays: 8)  // 2018/19
        let r = try place.compute("unnecessary-time-in-hospital")
        // 2019/20 delayed days: 5 (a1) + 7 (b1) + 4 (b2) + 2 (t) + 10 (dead) = 28. Adults alive on
        // 1 October 2019: a1-a4 and the four adults of B = 8 (t is 17, the dead person is not counted).
        // 28 / 8 × 100,000 = 350,000.
        // The limits are those of a sum of values: Σx² = 25 + 49 + 16 + 4 + 100 = 194.
        r.expect("2019/20", numerator: 28, denominator: 8, value: 350_000, sumOfSquares: 194)
        // W1: 5 + 10 = 15 / 4 × 100,000 = 375,000; W2: 7 + 4 + 2 = 13 / 4 × 100,000 = 325,000.
        r.expect("2019/20", "ward", "W1", numerator: 15, denominator: 4, value: 375_000, sumOfSquares: 125)
        r.expect("2019/20", "ward", "W2", numerator: 13, denominator: 4, value: 325_000, sumOfSquares: 69)
    }

    @Test("time-in-care-homes: permanent care home admissions aged 65+ per 100,000 65+")
    func timeInCareHomes() throws {
        let place = HandBuiltPlace()
        let h1 = place.person(born: "1949-01-01", in: "A")  // 70 on 1 October 2019
        let h2 = place.person(born: "1939-01-01", in: "A")  // 80
        let h3 = place.person(born: "1929-01-01", in: "A")  // 90
        place.person(born: "1955-01-01", in: "A")  // 64
        let h4 = place.person(born: "1953-01-01", in: "B")  // 66
        let h5 = place.person(born: "1934-01-01", in: "B")  // 85
        let y2 = place.person(born: "1955-01-01", in: "B")  // 64
        let t = place.person(born: "1954-12-01", in: "B")  // 64 on 1 October 2019, 65 from 1 December
        place.person(born: "1954-08-15", in: "B")  // 65 on 1 October 2019 (64 on 1 July)
        place.careHome(h2, admitted: "2019-06-01", permanent: 1)  // counted
        place.careHome(h5, admitted: "2020-02-01", permanent: 1)  // counted
        place.careHome(h3, admitted: "2019-07-01", permanent: 0)  // not permanent
        place.careHome(y2, admitted: "2019-08-01", permanent: 1)  // aged 64
        place.careHome(h1, admitted: "2019-03-15", permanent: 1)  // 2018/19
        place.careHome(t, admitted: "2020-01-10", permanent: 1)  // aged 65 on admission: counted
        place.careHome(h4, admitted: "2020-04-01", permanent: 1)  // 2020/21
        let r = try place.compute("time-in-care-homes")
        // 2019/20: h2, h5, t = 3 admissions; 65+ on 1 October 2019: h1, h2, h3, h4, h5 and the person
        // born 15 August 1954 = 6. 3 / 6 × 100,000 = 50,000.
        r.expect("2019/20", numerator: 3, denominator: 6, value: 50_000)
        // W1: 1 (h2) / 3 × 100,000 = 33,333.3; W2: 2 (h5, t) / 3 × 100,000 = 66,666.7.
        r.expect("2019/20", "ward", "W1", numerator: 1, denominator: 3, value: 100_000.0 / 3)
        r.expect("2019/20", "ward", "W2", numerator: 2, denominator: 3, value: 200_000.0 / 3)
    }

    @Test("repeat-emergency-visits: A&E attendances per 1,000 population")
    func repeatEmergencyVisits() throws {
        let place = HandBuiltPlace()
        let p1 = place.person(born: "1980-01-01", in: "A")
        for _ in 1...4 { place.person(born: "1970-01-01", in: "A") }
        let q1 = place.person(born: "1990-01-01", in: "B")
        for _ in 1...4 { place.person(born: "1960-01-01", in: "B") }
        let baby = place.person(born: "2019-11-01", in: "B")  // born after 1 October 2019
        let dead = place.person(born: "1950-01-01", in: "A", died: "2019-08-01")  // dead by 1 October 2019
        // 3, first and repeat
        for date in ["2019-04-01", "2019-04-03", "2020-03-31"] { place.attendance(p1, date) }
        place.attendance(q1, "2019-12-25")
        place.attendance(baby, "2020-01-05")
        place.attendance(dead, "2019-07-01")
        place.attendance(p1, "2019-03-31")  // 2018/19
        place.attendance(q1, "2020-04-01")  // 2020/21
        let r = try place.compute("repeat-emergency-visits")
        // 2019/20: 3 (p1) + 1 (q1) + 1 (baby) + 1 (dead) = 6 attendances; residents alive on 1 October
        // 2019: 5 in A and 5 in B = 10. 6 / 10 × 1,000 = 600.
        // A person's attendances are taken together in the variance: Σ counts² = 3² + 1 + 1 + 1 = 12.
        r.expect("2019/20", numerator: 6, denominator: 10, value: 600, sumOfSquares: 12)
        // W1: 4 / 5 × 1,000 = 800 (3² + 1); W2: 2 / 5 × 1,000 = 400 (1 + 1).
        r.expect("2019/20", "ward", "W1", numerator: 4, denominator: 5, value: 800, sumOfSquares: 10)
        r.expect("2019/20", "ward", "W2", numerator: 2, denominator: 5, value: 400, sumOfSquares: 2)
    }

    @Test("carers-supported: adult carers supported, distinct people per 100,000 18+")
    func carersSupported() throws {
        let place = HandBuiltPlace()
        let c1 = place.person(born: "1970-01-01", in: "A")
        let c4 = place.person(born: "1960-01-01", in: "A")
        for _ in 1...3 { place.person(born: "1965-01-01", in: "A") }
        let young = place.person(born: "2003-01-01", in: "A")  // 16
        let c2 = place.person(born: "1975-01-01", in: "B")
        let c3 = place.person(born: "1955-01-01", in: "B")
        let c5 = place.person(born: "1985-01-01", in: "B")
        for _ in 1...2 { place.person(born: "1945-01-01", in: "B") }
        place.carer(c1, identified: "2019-05-01", support: "information")  // counted
        place.carer(c1, identified: "2020-02-01", support: "services")  // the same person again: once
        // counted
        place.carer(c2, identified: "2019-10-10", assessed: "2019-11-01", support: "direct_payment")
        place.carer(c3, identified: "2019-06-01", assessed: "2019-07-01", support: "none")  // no support
        place.carer(c4, identified: "2019-02-01", support: "services")  // 2018/19
        place.carer(young, identified: "2019-09-01", support: "services")  // aged 16
        place.carer(c5, identified: "2020-03-31", support: "services")  // counted
        let r = try place.compute("carers-supported")
        // 2019/20: c1, c2, c5 = 3 people; adults on 1 October 2019: 5 in A, 5 in B = 10.
        // 3 / 10 × 100,000 = 30,000.
        r.expect("2019/20", numerator: 3, denominator: 10, value: 30_000)
        // W1: 1 / 5 × 100,000 = 20,000; W2: 2 / 5 × 100,000 = 40,000.
        r.expect("2019/20", "ward", "W1", numerator: 1, denominator: 5, value: 20_000)
        r.expect("2019/20", "ward", "W2", numerator: 2, denominator: 5, value: 40_000)
    }
}
