import Testing

@testable import Engine

/// The Better Lives (adult social care) measures with a `bl-` id, each on a hand-built place whose
/// answer was worked out by hand. (unnecessary-time-in-hospital and time-in-care-homes, shared with the
/// strategy, are in ``LeedsIndicatorHWSTests``.) Financial year 2019/20; populations on 1 October 2019.
@Suite struct LeedsIndicatorBetterLivesTests {
    @Test("bl-resolved-first-contact: % of adults' new requests resolved at first contact or signposted")
    func resolvedFirstContact() throws {
        let place = HandBuiltPlace()
        let p1 = place.person(born: "1970-01-01", in: "A")
        let p2 = place.person(born: "1960-01-01", in: "A")
        let child = place.person(born: "2002-01-01", in: "A")  // 17 in June 2019
        let q1 = place.person(born: "1950-01-01", in: "B")
        let q2 = place.person(born: "1945-01-01", in: "B")
        let q3 = place.person(born: "1940-01-01", in: "B")
        place.request(p1, "2019-04-01", outcome: "first_contact")  // numerator
        place.request(p2, "2019-08-01", assessed: "2019-08-15", outcome: "universal_services")  // numerator
        place.request(q1, "2019-09-01", assessed: "2019-10-01", outcome: "long_term_support")  // denominator
        // denominator (by request)
        place.request(q2, "2020-03-31", assessed: "2020-04-10", outcome: "no_services")
        place.request(p1, "2020-04-01", outcome: "first_contact")  // 2020/21
        place.request(q3, "2019-03-31", outcome: "first_contact")  // 2018/19
        place.request(child, "2019-06-01", outcome: "first_contact")  // aged 17
        let r = try place.compute("bl-resolved-first-contact")
        // 2019/20: 4 requests (p1, p2, q1, q2), 2 resolved (p1, p2). 2 / 4 × 100 = 50%.
        r.expect("2019/20", numerator: 2, denominator: 4, value: 50)
        // W1: 2 / 2 = 100%; W2: 0 / 2 = 0%.
        r.expect("2019/20", "ward", "W1", numerator: 2, denominator: 2, value: 100)
        r.expect("2019/20", "ward", "W2", numerator: 0, denominator: 2, value: 0)
    }

    @Test("bl-assessments-completed: assessments completed by adults per 100,000 18+")
    func assessmentsCompleted() throws {
        let place = HandBuiltPlace()
        let p1 = place.person(born: "1970-01-01", in: "A")
        let p2 = place.person(born: "1960-01-01", in: "A")
        let p3 = place.person(born: "1950-01-01", in: "A")
        place.person(born: "1940-01-01", in: "A")
        let child = place.person(born: "2002-01-01", in: "A")  // 17 throughout 2019
        let q1 = place.person(born: "1975-01-01", in: "B")
        let q2 = place.person(born: "1965-01-01", in: "B")
        let q3 = place.person(born: "1955-01-01", in: "B")
        place.person(born: "1945-01-01", in: "B")
        place.request(p1, "2019-03-20", assessed: "2019-04-05", outcome: "long_term_support")  // counted
        place.request(p2, "2019-06-01", assessed: "2019-06-20", outcome: "no_services")  // counted
        // assessed 2020/21
        place.request(q1, "2020-03-20", assessed: "2020-04-02", outcome: "universal_services")
        place.request(q2, "2019-09-01", outcome: "long_term_support")  // no assessment date
        place.request(q3, "2019-10-01", assessed: "2019-10-15", outcome: "universal_services")  // counted
        // resolved at first contact
        place.request(p3, "2019-05-01", assessed: "2019-05-01", outcome: "first_contact")
        place.request(child, "2019-06-20", assessed: "2019-07-01", outcome: "long_term_support")  // aged 17
        let r = try place.compute("bl-assessments-completed")
        // 2019/20 by assessment date: p1, p2, q3 = 3; adults 4 + 4 = 8. 3 / 8 × 100,000 = 37,500.
        r.expect("2019/20", numerator: 3, denominator: 8, value: 37_500)
        // W1: 2 / 4 × 100,000 = 50,000; W2: 1 / 4 × 100,000 = 25,000.
        r.expect("2019/20", "ward", "W1", numerator: 2, denominator: 4, value: 50_000)
        r.expect("2019/20", "ward", "W2", numerator: 1, denominator: 4, value: 25_000)
    }

    @Test(
        "bl-carers-direct-payments: % of carers given services or a direct payment who get a direct payment")
    func carersDirectPayments() throws {
        let place = HandBuiltPlace()
        let c1 = place.person(born: "1970-01-01", in: "A")
        let c2 = place.person(born: "1960-01-01", in: "A")
        let c6 = place.person(born: "1955-01-01", in: "A")
        let young = place.person(born: "2002-01-01", in: "A")  // 17 in September 2019
        let c3 = place.person(born: "1975-01-01", in: "B")
        let c4 = place.person(born: "1965-01-01", in: "B")
        let c5 = place.person(born: "1950-01-01", in: "B")
        place.carer(c1, identified: "2019-05-01", support: "direct_payment")  // both
        place.carer(c1, identified: "2020-01-10", support: "direct_payment")  // both again (records)
        place.carer(c2, identified: "2019-06-01", support: "services")  // denominator
        place.carer(c3, identified: "2019-12-01", support: "direct_payment")  // both
        place.carer(c4, identified: "2019-07-01", support: "information")  // information only: neither
        place.carer(c5, identified: "2019-08-01", support: "none")  // neither
        place.carer(c6, identified: "2019-03-31", support: "direct_payment")  // 2018/19
        place.carer(young, identified: "2019-09-09", support: "direct_payment")  // aged 17
        let r = try place.compute("bl-carers-direct-payments")
        // 2019/20: services or direct payment: c1 × 2, c2, c3 = 4; direct payment: c1 × 2, c3 = 3.
        // 3 / 4 × 100 = 75%.
        r.expect("2019/20", numerator: 3, denominator: 4, value: 75)
        // W1: 2 / 3 = 66.7%; W2: 1 / 1 = 100%.
        r.expect("2019/20", "ward", "W1", numerator: 2, denominator: 3, value: 200.0 / 3)
        r.expect("2019/20", "ward", "W2", numerator: 1, denominator: 1, value: 100)
    }

    @Test("bl-community-support-share: % of adults' new packages in community settings")
    func communitySupportShare() throws {
        let place = HandBuiltPlace()
        let p1 = place.person(born: "1940-01-01", in: "A")
        let p2 = place.person(born: "1935-01-01", in: "A")
        let child = place.person(born: "2002-01-01", in: "A")  // 17 in May 2019
        let q3 = place.person(born: "1945-01-01", in: "B")
        let q4 = place.person(born: "1930-01-01", in: "B")
        let q5 = place.person(born: "1950-01-01", in: "B")
        place.package(p1, started: "2019-04-01", "home_care")  // community
        place.package(p2, started: "2019-05-01", "residential")  // care home
        place.package(q3, started: "2019-06-01", "day_care")  // community
        place.package(q4, started: "2019-07-01", "nursing")  // care home
        place.package(q5, started: "2020-03-31", "extra_care", directPayment: 1)  // community
        place.package(p1, started: "2020-04-01", "home_care")  // 2020/21
        place.package(child, started: "2019-05-05", "home_care")  // aged 17
        place.package(p2, started: "2019-03-31", "nursing")  // 2018/19
        let r = try place.compute("bl-community-support-share")
        // 2019/20: 5 packages, 3 in the community (p1, q3, q5). 3 / 5 × 100 = 60%.
        r.expect("2019/20", numerator: 3, denominator: 5, value: 60)
        // W1: 1 / 2 = 50%; W2: 2 / 3 = 66.7%.
        r.expect("2019/20", "ward", "W1", numerator: 1, denominator: 2, value: 50)
        r.expect("2019/20", "ward", "W2", numerator: 2, denominator: 3, value: 200.0 / 3)
    }

    @Test("bl-reablement-at-home-91: % of 65+ in reablement after discharge still at home at 91 days")
    func reablementAtHome91() throws {
        let place = HandBuiltPlace()
        let r1 = place.person(born: "1939-01-01", in: "A")  // 80
        let r2 = place.person(born: "1949-01-01", in: "A")  // 70
        let r6 = place.person(born: "1955-01-01", in: "A")  // 64
        let r3 = place.person(born: "1944-01-01", in: "B")  // 75
        let r4 = place.person(born: "1929-01-01", in: "B")  // 90
        let r5 = place.person(born: "1953-01-01", in: "B")  // 66
        place.reablement(r1, started: "2019-05-01", atHome91: 1)  // both
        place.reablement(r2, started: "2019-06-01", atHome91: 0)  // denominator
        place.reablement(r3, started: "2019-07-01", atHome91: nil)  // outcome not known: neither
        place.reablement(r4, started: "2019-08-01", afterDischarge: 0, atHome91: 1)  // not after discharge
        place.reablement(r5, started: "2020-03-01", atHome91: 1)  // both
        place.reablement(r6, started: "2019-09-01", atHome91: 1)  // aged 64
        place.reablement(r1, started: "2019-03-30", atHome91: 1)  // 2018/19
        let r = try place.compute("bl-reablement-at-home-91")
        // 2019/20: after discharge with a known outcome: r1, r2, r5 = 3; at home: r1, r5 = 2.
        // 2 / 3 × 100 = 66.7%.
        r.expect("2019/20", numerator: 2, denominator: 3, value: 200.0 / 3)
        // W1: 1 / 2 = 50%; W2: 1 / 1 = 100%.
        r.expect("2019/20", "ward", "W1", numerator: 1, denominator: 2, value: 50)
        r.expect("2019/20", "ward", "W2", numerator: 1, denominator: 1, value: 100)
    }

    @Test("bl-reablement-completed: adults completing reablement, distinct people per 100,000 18+")
    func reablementCompleted() throws {
        let place = HandBuiltPlace()
        let p1 = place.person(born: "1940-01-01", in: "A")
        let p2 = place.person(born: "1945-01-01", in: "A")
        for _ in 1...2 { place.person(born: "1960-01-01", in: "A") }
        let child = place.person(born: "2007-01-01", in: "A")  // 12
        let q5 = place.person(born: "1935-01-01", in: "B")
        let q6 = place.person(born: "1950-01-01", in: "B")
        let q7 = place.person(born: "1955-01-01", in: "B")
        place.person(born: "1970-01-01", in: "B")
        place.reablement(p1, started: "2019-05-01", ended: "2019-06-01")  // counted
        place.reablement(p1, started: "2019-12-01", ended: "2020-01-01")  // the same person: once
        place.reablement(q5, started: "2020-03-01", ended: "2020-03-31")  // counted
        place.reablement(q6, started: "2020-02-01")  // still running
        place.reablement(p2, started: "2019-03-01", ended: "2019-03-31")  // ended 2018/19
        place.reablement(child, started: "2019-07-01", ended: "2019-08-01")  // aged 12
        // started 2018/19, ended 2019/20: counted
        place.reablement(q7, started: "2019-03-01", ended: "2019-04-20")
        let r = try place.compute("bl-reablement-completed")
        // 2019/20: p1, q5, q7 = 3 people; adults 4 + 4 = 8. 3 / 8 × 100,000 = 37,500.
        r.expect("2019/20", numerator: 3, denominator: 8, value: 37_500)
        // W1: 1 / 4 × 100,000 = 25,000; W2: 2 / 4 × 100,000 = 50,000.
        r.expect("2019/20", "ward", "W1", numerator: 1, denominator: 4, value: 25_000)
        r.expect("2019/20", "ward", "W2", numerator: 2, denominator: 4, value: 50_000)
    }

    @Test("bl-direct-payments: % of adults' new community packages given as a direct payment")
    func directPayments() throws {
        let place = HandBuiltPlace()
        let p1 = place.person(born: "1950-01-01", in: "A")
        let p2 = place.person(born: "1945-01-01", in: "A")
        let child = place.person(born: "2002-01-01", in: "A")  // 17 in June 2019
        let q3 = place.person(born: "1960-01-01", in: "B")
        let q4 = place.person(born: "1935-01-01", in: "B")
        let q5 = place.person(born: "1955-01-01", in: "B")
        let q6 = place.person(born: "1965-01-01", in: "B")
        place.package(p1, started: "2019-05-01", "home_care", directPayment: 1)  // both
        place.package(p2, started: "2019-06-01", "day_care", directPayment: 0)  // denominator
        place.package(q3, started: "2019-07-01", "extra_care", directPayment: 1)  // both
        place.package(q4, started: "2019-08-01", "residential", directPayment: 1)  // care home: neither
        place.package(q5, started: "2019-09-01", "home_care", directPayment: 0)  // denominator
        place.package(q6, started: "2020-01-01", "day_care", directPayment: 1)  // both
        place.package(p1, started: "2020-04-01", "home_care", directPayment: 1)  // 2020/21
        place.package(child, started: "2019-06-01", "home_care", directPayment: 1)  // aged 17
        place.package(p2, started: "2019-10-01", "nursing", directPayment: 0)  // care home
        let r = try place.compute("bl-direct-payments")
        // 2019/20 community packages: p1, p2, q3, q5, q6 = 5; direct payments p1, q3, q6 = 3. 3 / 5 = 60%.
        r.expect("2019/20", numerator: 3, denominator: 5, value: 60)
        // W1: 1 / 2 = 50%; W2: 2 / 3 = 66.7%.
        r.expect("2019/20", "ward", "W1", numerator: 1, denominator: 2, value: 50)
        r.expect("2019/20", "ward", "W2", numerator: 2, denominator: 3, value: 200.0 / 3)
    }

    @Test("bl-permanent-admissions-18-64: permanent care home admissions 18-64 per 100,000 18-64")
    func permanentAdmissions18to64() throws {
        let place = HandBuiltPlace()
        let a30 = place.person(born: "1989-01-01", in: "A")  // 30 on 1 October 2019
        let a50 = place.person(born: "1969-01-01", in: "A")  // 50
        let a64 = place.person(born: "1955-01-01", in: "A")  // 64
        let a70 = place.person(born: "1949-01-01", in: "A")  // 70
        let k17 = place.person(born: "2002-01-01", in: "A")  // 17
        let b40 = place.person(born: "1979-01-01", in: "B")  // 40
        let b60 = place.person(born: "1959-01-01", in: "B")  // 60
        let t = place.person(born: "1954-12-01", in: "B")  // 64 on 1 October 2019, 65 from 1 December
        place.careHome(a50, admitted: "2019-07-01", permanent: 1)  // counted
        place.careHome(b40, admitted: "2020-03-01", permanent: 1)  // counted
        place.careHome(b60, admitted: "2019-11-11", permanent: 1)  // counted
        place.careHome(a64, admitted: "2019-09-01", permanent: 0)  // not permanent
        place.careHome(t, admitted: "2020-01-10", permanent: 1)  // aged 65 on admission
        place.careHome(a70, admitted: "2019-08-01", permanent: 1)  // aged 70
        place.careHome(k17, admitted: "2019-12-01", permanent: 1)  // aged 17
        place.careHome(a30, admitted: "2020-04-01", permanent: 1)  // 2020/21
        let r = try place.compute("bl-permanent-admissions-18-64")
        // 2019/20: a50, b40, b60 = 3; aged 18-64 on 1 October 2019: a30, a50, a64, b40, b60, t = 6.
        // 3 / 6 × 100,000 = 50,000.
        r.expect("2019/20", numerator: 3, denominator: 6, value: 50_000)
        // W1: 1 / 3 × 100,000 = 33,333.3; W2: 2 / 3 × 100,000 = 66,666.7.
        r.expect("2019/20", "ward", "W1", numerator: 1, denominator: 3, value: 100_000.0 / 3)
        r.expect("2019/20", "ward", "W2", numerator: 2, denominator: 3, value: 200_000.0 / 3)
    }

    @Test("bl-extra-care-packages: new extra care packages for 65+ per 100,000 65+")
    func extraCarePackages() throws {
        let place = HandBuiltPlace()
        let e70 = place.person(born: "1949-01-01", in: "A")  // 70 on 1 October 2019
        let e80 = place.person(born: "1939-01-01", in: "A")  // 80
        let y60 = place.person(born: "1959-01-01", in: "A")  // 60
        let e90 = place.person(born: "1929-01-01", in: "B")  // 90
        let e66 = place.person(born: "1953-01-01", in: "B")  // 66
        let t = place.person(born: "1954-12-01", in: "B")  // 64 on 1 October 2019, 65 from 1 December
        place.package(e70, started: "2019-05-01", "extra_care")  // counted
        place.package(e90, started: "2020-03-31", "extra_care")  // counted
        place.package(e80, started: "2019-06-01", "home_care")  // not extra care
        place.package(e66, started: "2019-03-31", "extra_care")  // 2018/19
        place.package(t, started: "2020-01-01", "extra_care")  // aged 65 at the start: counted
        place.package(y60, started: "2019-07-01", "extra_care")  // aged 60
        let r = try place.compute("bl-extra-care-packages")
        // 2019/20: e70, e90, t = 3; 65+ on 1 October 2019: e70, e80, e90, e66 = 4. 3 / 4 × 100,000 = 75,000.
        r.expect("2019/20", numerator: 3, denominator: 4, value: 75_000)
        // W1: 1 / 2 × 100,000 = 50,000; W2: 2 / 2 × 100,000 = 100,000.
        r.expect("2019/20", "ward", "W1", numerator: 1, denominator: 2, value: 50_000)
        r.expect("2019/20", "ward", "W2", numerator: 2, denominator: 2, value: 100_000)
    }
}
