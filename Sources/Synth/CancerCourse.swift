import Foundation
import PlaceModel
import PlacePack

/// How a cancer runs once diagnosed (`mortality: cancer_course:` in `synthesis.yaml`): a share of
/// the cancers diagnosed are fatal, by age at diagnosis, and kill after an exponential time from
/// diagnosis. Cancer is entered on the register as it is diagnosed (the `CANCER` condition's own
/// curve), whether or not a death follows; the other causes' hazard is the place's hazard less the
/// cancer share of deaths at each age, so that cancer deaths are counted once.
struct CancerCourse: Sendable {
    /// Share of cancers that kill, diagnosed under 75 and from 75.
    let fatalUnder75: Double
    let fatalFrom75: Double
    /// Mean years from diagnosis to death of a fatal cancer.
    let meanYears: Double
    /// The day the register starts: cancers diagnosed before it still run their course, but are not
    /// on the register (QOF's cancer register counts diagnoses from 1 April 2003).
    var registerFrom: CivilDate?

    /// Reads `cancer_course:`.
    static func read(_ node: PackNode) throws -> CancerCourse {
        _ = try node.required("source").string()
        func share(_ key: String) throws -> Double {
            let field = try node.required(key)
            let value = try field.double()
            guard (0...1).contains(value) else { throw field.fail(.outOfRange, "a share from 0 to 1") }
            return value
        }
        let mean = try node.required("mean_years_to_death")
        let years = try mean.double()
        guard years > 0, years.isFinite else { throw mean.fail(.outOfRange, "a number of years above 0") }
        var registerFrom: CivilDate?
        if let from = try node.optional("register_from") {
            guard let day = CivilDate(iso: try from.string()) else {
                throw from.fail(.wrongType, "a date as YYYY-MM-DD")
            }
            registerFrom = day
        }
        return CancerCourse(
            fatalUnder75: try share("fatal_share_under_75"), fatalFrom75: try share("fatal_share_from_75"),
            meanYears: years, registerFrom: registerFrom)
    }

    /// The chance that a cancer diagnosed at `diagnosis` years of age, survived for `survived`
    /// years since, is fatal (those still alive are less likely to have a fatal one).
    func fatalChance(diagnosis: Double, survived: Double) -> Double {
        let fatal = diagnosis < 75 ? fatalUnder75 : fatalFrom75
        let stillAlive = fatal * exp(-max(0, survived) / meanYears)
        return stillAlive / (stillAlive + 1 - fatal)
    }
}
