import Statistics
import Testing

@testable import Engine

/// The Health and Wellbeing Strategy's directly standardised rates, each on a hand-built place whose
/// answer was worked out by hand.
///
/// European Standard Population 2013 weights by five-year band: 0-4 5,000; 5-9, 10-14 and 15-19 5,500;
/// 20-24 and 25-29 6,000; 30-34 6,500; 35-39 to 50-54 7,000; 55-59 6,500; 60-64 6,000; 65-69 5,500;
/// 70-74 5,000; 75-79 4,000; 80-84 2,500; 85-89 1,500; 90+ 1,000 (total 100,000; 0-74: 91,000).
/// DSR = Σ (deaths or events in band ÷ population in band × weight) ÷ Σ weights × 100,000. Every band
/// the denominator covers has people in it, so the standard is the whole covered range. A DSR of fewer
/// than 10 events is not published (value nil).
@Suite struct LeedsIndicatorHWSStandardisedTests {
    /// The library's DSR on hand-worked band counts and populations (bands numbered 0 = 0-4 … 18 = 90+);
    /// with `squares`, each band's sum over persons of their count squared (absent bands: none).
    static func library(_ bands: [Int: (events: Double, population: Double)], squares: [Int: Double]? = nil)
        throws -> Estimate
    {
        var accumulator = DirectlyStandardisedRate.Accumulator()
        let weights = StandardPopulation.esp2013.populations
        for band in bands.keys.sorted() {
            let b = bands[band]!
            try accumulator.add(
                count: b.events, population: b.population, standardPopulation: weights[band],
                sumOfSquares: squares.map { $0[band] ?? 0 })
        }
        return try accumulator.estimate(multiplier: 100_000)
    }

    /// Checks the city's DSR limits against the library's on the hand-worked bands.
    static func expectLimits(_ city: IndicatorResult?, _ expected: Estimate) {
        for level in [0.95, 0.998] {
            let limits = expected.interval(at: level)
            #expect(LeedsResults.close(level == 0.95 ? city?.lower95 : city?.lower998, limits?.lower))
            #expect(LeedsResults.close(level == 0.95 ? city?.upper95 : city?.upper998, limits?.upper))
        }
    }

    @Test("avoidable-years-of-life-lost: avoidable deaths under 75, DSR per 100,000 under 75")
    func avoidableYearsOfLifeLost() throws {
        let place = HandBuiltPlace()
        // One resident in each band 0-4 … 70-74 in each LSOA, aged 5b + 2 on 1 July 2019 (born 1 January
        // 2017 − 5b): 2 people in each of the 15 bands, 30 in all. Two older residents are outside it.
        for lsoa in ["A", "B"] {
            for band in 0...14 { place.person(born: "\(2017 - 5 * band)-01-01", in: lsoa) }
        }
        place.person(born: "1939-01-01", in: "A")  // 80
        place.person(born: "1942-01-01", in: "B")  // 77
        // Deaths in the first half of 2019 (so not in the 1 July population), avoidable, under 75:
        place.person(born: "2015-06-01", in: "A", died: "2019-03-01", avoidable: true)  // 3: 0-4
        place.person(born: "1968-01-01", in: "A", died: "2019-02-01", avoidable: true)  // 51: 50-54
        place.person(born: "1967-01-01", in: "A", died: "2019-05-01", avoidable: true)  // 52: 50-54
        place.person(born: "1958-06-01", in: "A", died: "2019-04-01", avoidable: true)  // 60: 60-64
        place.person(born: "1946-01-01", in: "A", died: "2019-06-01", avoidable: true)  // 73: 70-74
        place.person(born: "1974-01-01", in: "B", died: "2019-03-01", avoidable: true)  // 45: 45-49
        place.person(born: "1953-01-01", in: "B", died: "2019-04-01", avoidable: true)  // 66: 65-69
        place.person(born: "1949-01-01", in: "B", died: "2019-01-15", avoidable: true)  // 70: 70-74
        // 74 (a day short of 75)
        place.person(born: "1944-07-01", in: "B", died: "2019-06-30", avoidable: true)
        place.person(born: "1989-01-01", in: "B", died: "2019-02-01", avoidable: true)  // 30: 30-34
        // Not counted:
        place.person(born: "1944-01-15", in: "A", died: "2019-03-01", avoidable: true)  // aged 75
        place.person(born: "1960-01-01", in: "B", died: "2019-03-01", avoidable: false)  // not avoidable
        place.person(born: "1969-01-01", in: "A", died: "2018-03-01", avoidable: true)  // 2018
        let r = try place.compute("avoidable-years-of-life-lost")
        // 2019, 10 deaths by band: 0-4 1, 30-34 1, 45-49 1, 50-54 2, 60-64 1, 65-69 1, 70-74 3; 2 residents
        // in every band. Σ deaths × weight = 5,000 + 6,500 + 7,000 + 2 × 7,000 + 6,000 + 5,500 + 3 × 5,000
        // = 59,000; ÷ 2 residents = 29,500; ÷ 91,000 × 100,000 = 32,417.6 per 100,000.
        r.expect("2019", numerator: 10, denominator: 30, value: 29_500.0 / 91_000 * 100_000)
        let bands: [Int: (Double, Double)] = [
            0: (1, 2), 1: (0, 2), 2: (0, 2), 3: (0, 2), 4: (0, 2), 5: (0, 2), 6: (1, 2), 7: (0, 2), 8: (0, 2),
            9: (1, 2), 10: (2, 2), 11: (0, 2), 12: (1, 2), 13: (1, 2), 14: (3, 2),
        ]
        Self.expectLimits(r.result("2019"), try Self.library(bands))
        // Each ward: 5 deaths, 15 residents; fewer than 10 deaths, so no value.
        r.expect("2019", "ward", "W1", numerator: 5, denominator: 15, value: nil)
        r.expect("2019", "ward", "W2", numerator: 5, denominator: 15, value: nil)
    }

    @Test("early-death-serious-mental-illness: deaths 18-74 on the SMI register, DSR, 2017-19 pooled")
    func earlyDeathSeriousMentalIllness() throws {
        let place = HandBuiltPlace()
        // On the SMI register since 2010 and alive throughout:
        // r3 (A), born 1999-01-01: 18, 19, 20 on 1 July 2017, 2018, 2019: bands 15-19, 15-19, 20-24.
        place.register(place.person(born: "1999-01-01", in: "A"), "SMI", onset: "2010-01-01")
        // r4 … r14, born 1 January 2017 − 5b: 5b, 5b + 1, 5b + 2, in band b all three years; even bands
        // in A, odd bands in B.
        for band in 4...14 {
            let r = place.person(born: "\(2017 - 5 * band)-01-01", in: band % 2 == 0 ? "A" : "B")
            place.register(r, "SMI", onset: "2010-01-01")
        }
        // Person-years 2017-19 by band: 15-19 2; 20-24 3 + 1 (r3 in 2019) = 4; 25-29 … 70-74 3 each.
        // Total 2 + 4 + 10 × 3 = 36. W1: r3 3 + six even bands × 3 = 21; W2: five odd bands × 3 = 15.
        // Residents who are not in the denominator:
        place.person(born: "1970-01-01", in: "A")  // on no register
        place.register(place.person(born: "1970-01-01", in: "B"), "DEPRESSION", onset: "2010-01-01")
        place.register(place.person(born: "1940-01-01", in: "A"), "SMI", onset: "2010-01-01")  // 77-79
        // after 1 July 2019
        place.register(place.person(born: "1985-01-01", in: "B"), "SMI", onset: "2019-09-01")
        place.register(place.person(born: "2002-01-01", in: "A"), "SMI", onset: "2015-01-01")  // 15-17
        // Deaths counted: on the register by the date of death, aged 18-74. Each joins the register after
        // one 1 July and dies before the next, so is never in a mid-year register population.
        func death(_ born: String, _ lsoa: String, onset: String, died: String, register: String = "SMI") {
            place.register(place.person(born: born, in: lsoa, died: died), register, onset: onset)
        }
        death("1996-01-01", "A", onset: "2017-08-01", died: "2018-03-01")  // 22: 20-24
        death("1986-01-01", "B", onset: "2016-09-01", died: "2017-02-01")  // 31: 30-34
        death("1985-06-01", "A", onset: "2018-08-01", died: "2019-05-01")  // 33: 30-34
        death("1966-01-01", "B", onset: "2017-01-01", died: "2017-06-01")  // 51: 50-54
        death("1965-01-01", "A", onset: "2018-07-02", died: "2019-01-10")  // 54: 50-54
        death("1956-01-01", "B", onset: "2018-01-01", died: "2018-04-01")  // 62: 60-64
        death("1945-01-01", "A", onset: "2016-10-01", died: "2017-03-01")  // 72: 70-74
        death("1946-01-01", "B", onset: "2017-09-01", died: "2018-05-01")  // 72: 70-74
        death("1947-01-01", "A", onset: "2018-09-01", died: "2019-06-01")  // 72: 70-74
        death("1944-08-01", "B", onset: "2019-01-01", died: "2019-06-15")  // 74: 70-74
        // Deaths not counted:
        death("1944-01-01", "A", onset: "2018-09-01", died: "2019-03-01")  // aged 75
        place.person(born: "1970-01-01", in: "B", died: "2018-03-01")  // on no register
        death("1970-01-01", "A", onset: "2019-05-01", died: "2019-03-01")  // entered the register after death
        death("1970-01-01", "B", onset: "2015-09-01", died: "2016-05-01")  // 2016
        death("2001-06-01", "A", onset: "2018-10-01", died: "2019-02-01")  // aged 17
        death("1970-01-01", "B", onset: "2017-01-01", died: "2017-05-01", register: "DEPRESSION")  // not SMI
        death("1970-01-01", "A", onset: "2019-08-01", died: "2020-03-01")  // 2020
        let r = try place.compute("early-death-serious-mental-illness")
        // 2017-19, 10 deaths: 20-24 1 (4 person-years), 30-34 2 (3), 50-54 2 (3), 60-64 1 (3), 70-74 4 (3).
        // Σ deaths ÷ person-years × weight = 1/4 × 6,000 + (2 × 6,500 + 2 × 7,000 + 6,000 + 4 × 5,000) / 3
        // = 1,500 + 53,000 / 3 = 57,500 / 3; standard 15-19 … 70-74 = 91,000 − 16,000 = 75,000.
        // 57,500 / 3 / 75,000 × 100,000 = 25,555.6 per 100,000.
        r.expect("2017-19", numerator: 10, denominator: 36, value: 57_500.0 / 3 / 75_000 * 100_000)
        var bands: [Int: (Double, Double)] = [3: (0, 2), 4: (1, 4)]
        for band in 5...14 { bands[band] = (0, 3) }
        bands[6] = (2, 3)
        bands[10] = (2, 3)
        bands[12] = (1, 3)
        bands[14] = (4, 3)
        Self.expectLimits(r.result("2017-19"), try Self.library(bands))
        // W1: 5 deaths (the A ones) / 21 person-years; W2: 5 / 15. Fewer than 10: no value.
        r.expect("2017-19", "ward", "W1", numerator: 5, denominator: 21, value: nil)
        r.expect("2017-19", "ward", "W2", numerator: 5, denominator: 15, value: nil)
    }

    @Test("preventable-hospital-admissions: emergency ACS admissions, DSR per 100,000, financial year")
    func preventableHospitalAdmissions() throws {
        let place = HandBuiltPlace()
        // One resident in each band 0-4 … 90+ in each LSOA, aged 5b + 2 on 1 October 2019 (born 1 January
        // 2017 − 5b), so 5b + 2 or 5b + 3 on any day of 2019/20: 2 people in each of 19 bands, 38 in all.
        var resident: [String: [Int64]] = [:]
        for lsoa in ["A", "B"] {
            resident[lsoa] = (0...18).map { place.person(born: "\(2017 - 5 * $0)-01-01", in: lsoa) }
        }
        let a = resident["A"]!
        let b = resident["B"]!
        func acs(_ person: Int64, _ date: String) { place.admission(person, admitted: date, acs: 1) }
        acs(a[0], "2019-06-01")  // 0-4
        acs(a[15], "2019-05-01")  // 75-79, twice
        acs(a[15], "2019-11-01")
        acs(a[17], "2019-04-01")  // 85-89
        acs(a[18], "2020-03-31")  // 90+
        acs(b[8], "2019-12-12")  // 40-44
        acs(b[13], "2020-02-02")  // 65-69
        acs(b[17], "2019-07-07")  // 85-89, twice
        acs(b[17], "2019-08-08")
        acs(b[18], "2019-10-10")  // 90+
        // Not counted:
        place.admission(a[8], "elective", admitted: "2019-06-06", acs: 1)  // elective
        place.admission(a[8], admitted: "2019-06-07", acs: 0)  // not ACS
        acs(b[0], "2019-03-31")  // 2018/19
        acs(b[13], "2020-04-01")  // 2020/21
        let r = try place.compute("preventable-hospital-admissions")
        // 2019/20, 10 admissions: 0-4 1, 40-44 1, 65-69 1, 75-79 2, 85-89 3, 90+ 2; 2 residents per band.
        // Σ admissions × weight = 5,000 + 7,000 + 5,500 + 2 × 4,000 + 3 × 1,500 + 2 × 1,000 = 32,000;
        // ÷ 2 residents = 16,000; ÷ 100,000 × 100,000 = 16,000 per 100,000.
        r.expect("2019/20", numerator: 10, denominator: 38, value: 16_000)
        var bands: [Int: (Double, Double)] = [:]
        for band in 0...18 { bands[band] = (0, 2) }
        for (band, events) in [0: 1.0, 8: 1, 13: 1, 15: 2, 17: 3, 18: 2] { bands[band] = (events, 2) }
        // A person's admissions are taken together: 75-79 2² (a[15]); 85-89 1 + 2² (a[17], b[17]).
        let squares: [Int: Double] = [0: 1, 8: 1, 13: 1, 15: 4, 17: 5, 18: 2]
        Self.expectLimits(r.result("2019/20"), try Self.library(bands, squares: squares))
        // Each ward: 5 admissions, 19 residents: fewer than 10, no value.
        r.expect("2019/20", "ward", "W1", numerator: 5, denominator: 19, value: nil)
        r.expect("2019/20", "ward", "W2", numerator: 5, denominator: 19, value: nil)
    }
}
