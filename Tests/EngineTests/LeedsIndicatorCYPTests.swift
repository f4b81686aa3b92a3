import Testing

@testable import Engine

/// The Children and Young People's Plan measures with a `cyp-` id from person-level data, each on a
/// hand-built place whose answer was worked out by hand. (infant-mortality is in
/// ``LeedsIndicatorHWSTests``; the aggregate ones in ``LeedsIndicatorAggregateTests``.) Financial-year
/// populations are counted on 1 October, calendar and pooled ones on 1 July.
@Suite struct LeedsIndicatorCYPTests {
    @Test("cyp-low-birth-weight-term: % of term births with a recorded weight under 2,500 g")
    func lowBirthWeightTerm() throws {
        let place = HandBuiltPlace()
        let m1 = place.person(born: "1990-01-01", in: "A")
        let m2 = place.person(born: "1988-01-01", in: "B")
        let child = place.person(born: "2019-05-05", in: "B")  // mother not known
        // m1's child, living in B: the birth is m1's (W1)
        let fostered = place.person(born: "2019-01-10", in: "B")
        place.birth(mother: m1, child: fostered, on: "2019-01-10", weight: 2400, gestation: 39)  // both
        // denominator (2,500 g is not low)
        place.birth(mother: m1, on: "2019-11-20", weight: 2500, gestation: 40)
        place.birth(mother: m2, on: "2019-02-02", weight: 2499, gestation: 37)  // both
        place.birth(mother: m2, on: "2019-03-03", weight: 2000, gestation: 36)  // preterm: neither
        place.birth(mother: m2, on: "2019-04-04", weight: nil, gestation: 38)  // no weight: neither
        place.birth(mother: m1, on: "2019-05-05", weight: 2000, gestation: nil)  // no gestation: neither
        place.birth(mother: m2, on: "2019-06-06", weight: 3500, gestation: 41)  // denominator
        // both (the child's)
        place.birth(mother: nil, child: child, on: "2019-05-05", weight: 2300, gestation: 38)
        place.birth(mother: m1, on: "2018-12-31", weight: 2000, gestation: 38)  // 2018
        let r = try place.compute("cyp-low-birth-weight-term")
        // 2019: term births with a weight: m1's 2,400 g and 2,500 g, m2's 2,499 g and 3,500 g, the child's
        // 2,300 g = 5; under 2,500 g: 2,400, 2,499, 2,300 = 3. 3 / 5 × 100 = 60%.
        r.expect("2019", numerator: 3, denominator: 5, value: 60)
        // W1 (m1): 1 / 2 = 50%; W2 (m2 and the child): 2 / 3 = 66.7%.
        r.expect("2019", "ward", "W1", numerator: 1, denominator: 2, value: 50)
        r.expect("2019", "ward", "W2", numerator: 2, denominator: 3, value: 200.0 / 3)
        // 2018: m1's 2,000 g at 38 weeks: 1 / 1.
        r.expect("2018", numerator: 1, denominator: 1, value: 100)
    }

    @Test("cyp-under-18-births: births to mothers under 18 per 1,000 females 15-17, 2017-19 pooled")
    func under18Births() throws {
        let place = HandBuiltPlace()
        // Ages on 1 July 2017, 2018, 2019, and person-years aged 15-17:
        let g1 = place.person(born: "2001-03-01", sex: "F", in: "A")  // 16, 17, 18: 2
        place.person(born: "2003-01-01", sex: "F", in: "A")  // 14, 15, 16: 2
        place.person(born: "2002-01-01", sex: "M", in: "A")  // male: 0
        let g3 = place.person(born: "2000-05-01", sex: "F", in: "B")  // 17, 18, 19: 1
        let g4 = place.person(born: "1990-01-01", sex: "F", in: "B")  // adult: 0
        let g5 = place.person(born: "2002-08-01", sex: "F", in: "B")  // 14, 15, 16: 2
        let kid = place.person(born: "2018-03-01", sex: "F", in: "A")
        place.birth(mother: g1, on: "2018-06-01")  // g1 aged 17: counted
        place.birth(mother: g3, on: "2017-04-01")  // g3 aged 16: counted
        place.birth(mother: g1, on: "2019-09-01")  // g1 aged 18
        place.birth(mother: g4, on: "2018-02-02")  // aged 28
        place.birth(mother: nil, child: kid, on: "2018-03-01")  // mother not known (the child is aged 0)
        place.birth(mother: g5, on: "2020-02-01")  // g5 aged 17, but 2020
        place.birth(mother: g3, on: "2016-11-01")  // g3 aged 16, but 2016
        let r = try place.compute("cyp-under-18-births")
        // 2017-19: 2 births (g1 2018, g3 2017); person-years 2 + 2 + 1 + 2 = 7. 2 / 7 × 1,000 = 285.7.
        r.expect("2017-19", numerator: 2, denominator: 7, value: 2000.0 / 7)
        // W1: 1 / 4 × 1,000 = 250; W2: 1 / 3 × 1,000 = 333.3.
        r.expect("2017-19", "ward", "W1", numerator: 1, denominator: 4, value: 250)
        r.expect("2017-19", "ward", "W2", numerator: 1, denominator: 3, value: 1000.0 / 3)
        // 2018-20: births g1 2018 and g5 2020 (aged 17) = 2; person-years: g1 1 (2018), the 2003 girl 3,
        // g5 3 (15, 16, 17) = 7. 2 / 7 × 1,000.
        r.expect("2018-20", numerator: 2, denominator: 7, value: 2000.0 / 7)
    }

    @Test("cyp-ae-attendances-0-4: A&E attendances aged 0-4 per 1,000 aged 0-4")
    func aeAttendances0to4() throws {
        let place = HandBuiltPlace()
        let k1 = place.person(born: "2017-01-01", in: "A")  // 2 on 1 October 2019
        let k2 = place.person(born: "2015-02-01", in: "A")  // 4; 5 from 1 February 2020
        let adult = place.person(born: "1985-01-01", in: "A")
        let k3 = place.person(born: "2019-05-01", in: "B")  // 0
        let k4 = place.person(born: "2014-06-01", in: "B")  // 5 on 1 October 2019 (4 until 1 June)
        let k5 = place.person(born: "2019-12-01", in: "B")  // born after 1 October 2019
        place.attendance(k1, "2019-04-10")  // counted
        place.attendance(k1, "2019-06-10")  // counted
        place.attendance(k2, "2019-12-01")  // aged 4: counted
        place.attendance(k2, "2020-02-15")  // aged 5
        place.attendance(k3, "2020-03-31")  // counted
        place.attendance(k4, "2019-05-01")  // aged 4 on the day: counted
        place.attendance(k5, "2020-01-01")  // counted
        place.attendance(adult, "2019-05-05")  // adult
        place.attendance(k1, "2019-03-31")  // 2018/19
        let r = try place.compute("cyp-ae-attendances-0-4")
        // 2019/20: 2 (k1) + 1 (k2) + 1 (k3) + 1 (k4) + 1 (k5) = 6; aged 0-4 on 1 October 2019: k1, k2, k3 = 3.
        // 6 / 3 × 1,000 = 2,000.
        // Σ over children of their count squared: 2² (k1) + 1 + 1 + 1 + 1 = 8.
        r.expect("2019/20", numerator: 6, denominator: 3, value: 2000, sumOfSquares: 8)
        // W1: 3 / 2 × 1,000 = 1,500 (2² + 1); W2: 3 / 1 × 1,000 = 3,000 (1 + 1 + 1).
        r.expect("2019/20", "ward", "W1", numerator: 3, denominator: 2, value: 1500, sumOfSquares: 5)
        r.expect("2019/20", "ward", "W2", numerator: 3, denominator: 1, value: 3000, sumOfSquares: 3)
    }

    @Test("cyp-emergency-admissions-0-17: emergency admissions aged 0-17 per 10,000 aged 0-17")
    func emergencyAdmissions0to17() throws {
        let place = HandBuiltPlace()
        let c1 = place.person(born: "2014-01-01", in: "A")  // 5 on 1 October 2019
        let c2 = place.person(born: "2002-01-01", in: "A")  // 17; 18 from 1 January 2020
        let a = place.person(born: "1980-01-01", in: "A")
        let c3 = place.person(born: "2009-01-01", in: "B")  // 10
        let c4 = place.person(born: "2003-01-01", in: "B")  // 16
        place.person(born: "1970-01-01", in: "B")
        place.admission(c1, admitted: "2019-06-01")  // counted
        place.admission(c2, admitted: "2019-11-01")  // aged 17: counted
        place.admission(c2, admitted: "2020-02-01")  // aged 18
        place.admission(c3, "elective", admitted: "2019-07-01")  // elective
        place.admission(c3, admitted: "2020-03-31")  // counted
        place.admission(c4, admitted: "2019-03-31")  // 2018/19
        place.admission(a, admitted: "2019-05-05")  // adult
        let r = try place.compute("cyp-emergency-admissions-0-17")
        // 2019/20: c1, c2 (aged 17), c3 = 3; aged 0-17 on 1 October 2019: c1, c2, c3, c4 = 4.
        // 3 / 4 × 10,000 = 7,500.
        r.expect("2019/20", numerator: 3, denominator: 4, value: 7500)
        // W1: 2 / 2 × 10,000 = 10,000; W2: 1 / 2 × 10,000 = 5,000.
        r.expect("2019/20", "ward", "W1", numerator: 2, denominator: 2, value: 10_000)
        r.expect("2019/20", "ward", "W2", numerator: 1, denominator: 2, value: 5000)
    }

    @Test("cyp-respiratory-admissions-0-18: emergency respiratory admissions 0-18 per 100,000 0-18")
    func respiratoryAdmissions0to18() throws {
        let place = HandBuiltPlace()
        let c1 = place.person(born: "2014-01-01", in: "A")  // 5 on 1 October 2019
        let c2 = place.person(born: "2001-01-01", in: "A")  // 18; 19 from 1 January 2020
        let a = place.person(born: "1980-01-01", in: "A")
        let c3 = place.person(born: "2009-01-01", in: "B")  // 10
        let c4 = place.person(born: "2000-03-01", in: "B")  // 19
        let c5 = place.person(born: "2007-01-01", in: "B")  // 12
        func respiratory(_ person: Int64, _ date: String) {
            place.admission(person, admitted: date, diagnosis: "respiratory")
        }
        respiratory(c1, "2019-05-01")  // counted
        respiratory(c2, "2019-12-01")  // aged 18: counted
        respiratory(c2, "2020-02-01")  // aged 19
        place.admission(c3, admitted: "2019-06-06", diagnosis: "injury")  // not respiratory
        place.admission(c3, "elective", admitted: "2019-07-07", diagnosis: "respiratory")  // elective
        respiratory(c3, "2020-01-20")  // counted
        respiratory(c4, "2019-06-01")  // aged 19
        respiratory(a, "2019-08-08")  // adult
        respiratory(c5, "2020-04-01")  // 2020/21
        let r = try place.compute("cyp-respiratory-admissions-0-18")
        // 2019/20: c1, c2, c3 = 3; aged 0-18 on 1 October 2019: c1, c2, c3, c5 = 4. 3 / 4 × 100,000 = 75,000.
        r.expect("2019/20", numerator: 3, denominator: 4, value: 75_000)
        // W1: 2 / 2 × 100,000 = 100,000; W2: 1 / 2 × 100,000 = 50,000.
        r.expect("2019/20", "ward", "W1", numerator: 2, denominator: 2, value: 100_000)
        r.expect("2019/20", "ward", "W2", numerator: 1, denominator: 2, value: 50_000)
    }

    @Test("cyp-injury-admissions-0-14: emergency injury admissions 0-14 per 10,000 0-14")
    func injuryAdmissions0to14() throws {
        let place = HandBuiltPlace()
        let c1 = place.person(born: "2016-01-01", in: "A")  // 3 on 1 October 2019
        let c2 = place.person(born: "2005-01-01", in: "A")  // 14; 15 from 1 January 2020
        let c3 = place.person(born: "2011-01-01", in: "B")  // 8
        let c4 = place.person(born: "2004-01-01", in: "B")  // 15
        place.person(born: "2018-01-01", in: "B")  // 1
        func injury(_ person: Int64, _ date: String) {
            place.admission(person, admitted: date, diagnosis: "injury")
        }
        injury(c1, "2019-08-01")  // counted
        injury(c2, "2019-11-01")  // aged 14: counted
        injury(c2, "2020-01-15")  // aged 15
        place.admission(c3, admitted: "2019-09-09", diagnosis: "respiratory")  // not injury
        place.admission(c3, "elective", admitted: "2019-10-10", diagnosis: "injury")  // elective
        injury(c3, "2020-03-01")  // counted
        injury(c4, "2019-05-05")  // aged 15
        injury(c1, "2020-04-01")  // 2020/21
        let r = try place.compute("cyp-injury-admissions-0-14")
        // 2019/20: c1, c2, c3 = 3; aged 0-14 on 1 October 2019: c1, c2, c3 and the 1-year-old = 4.
        // 3 / 4 × 10,000 = 7,500.
        r.expect("2019/20", numerator: 3, denominator: 4, value: 7500)
        // W1: 2 / 2 × 10,000 = 10,000; W2: 1 / 2 × 10,000 = 5,000.
        r.expect("2019/20", "ward", "W1", numerator: 2, denominator: 2, value: 10_000)
        r.expect("2019/20", "ward", "W2", numerator: 1, denominator: 2, value: 5000)
    }

    @Test("cyp-mha-detentions-under-18: detentions under 18 per 100,000 under 18, 2017-19 pooled")
    func detentionsUnder18() throws {
        let place = HandBuiltPlace()
        // Ages on 1 July 2017, 2018, 2019, and person-years aged 0-17:
        let y1 = place.person(born: "2001-01-01", in: "A")  // 16, 17, 18: 2
        let y2 = place.person(born: "2005-01-01", in: "A")  // 12, 13, 14: 3
        let y3 = place.person(born: "2003-06-01", in: "B")  // 14, 15, 16: 3
        let adult = place.person(born: "1990-01-01", in: "B")
        place.detention(y1, started: "2017-03-01")  // aged 16: counted
        place.detention(y1, started: "2018-12-01")  // aged 17: counted
        place.detention(y1, started: "2019-02-01")  // aged 18
        place.detention(y3, started: "2019-12-01")  // aged 16: counted
        place.detention(y2, started: "2016-12-01")  // 2016
        place.detention(adult, started: "2018-05-05")  // adult
        place.detention(y3, started: "2020-01-15")  // 2020
        let r = try place.compute("cyp-mha-detentions-under-18")
        // 2017-19: 3 detentions; 2 + 3 + 3 = 8 person-years. 3 / 8 × 100,000 = 37,500.
        r.expect("2017-19", numerator: 3, denominator: 8, value: 37_500)
        // W1: 2 / 5 × 100,000 = 40,000; W2: 1 / 3 × 100,000 = 33,333.3.
        r.expect("2017-19", "ward", "W1", numerator: 2, denominator: 5, value: 40_000)
        r.expect("2017-19", "ward", "W2", numerator: 1, denominator: 3, value: 100_000.0 / 3)
    }
}
