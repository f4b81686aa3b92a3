import Foundation
import PlaceModel

extension Simulation {
    /// The chance a year that a woman aged `age` gives birth in `year`: her five-year band's rate,
    /// spread over single years (teenage births mostly at 18 and 19), with the yearly trend.
    func fertility(age: Double, year: Int) -> Double {
        let years = Int(age)
        guard years >= 15 else { return 0 }
        let band = min(years / 5 - 3, p.fertility.count - 1)
        guard band >= 0 else { return 0 }
        let within = years < 20 ? 5 * p.births.teenageShares[years - 15] : 1
        return p.fertility[band] * within * pow(1 + p.births.trendPerYear, Double(year - 2019))
    }

    /// Perhaps a birth to `mother` in the window: the child joins the population with her LSOA,
    /// practice and ethnic group, a gestation and a birth weight.
    mutating func maybeBirth(_ mother: SimPerson, age: Double, span: Double, window: (CivilDate, CivilDate)) {
        guard rng.chance(fertility(age: age, year: window.0.year) * dep["birth"]! * span) else { return }
        let date = day(in: window)
        let child = makePerson(
            birth: date, male: rng.chance(0.512), ethnic: mother.ethnic, practice: mother.practice,
            leaves: mother.leaves, mayLeave: false)
        let (weeks, grams) = drawGestationAndWeight(mother)
        out.add(
            .births,
            [
                .int(newID(.births)), .int(child.id), .int(mother.id), .date(date), .text(plan.code),
                .int(Int64(grams)), .int(Int64(weeks)),
            ])
        follow(child)
    }

    /// Weeks of gestation (preterm weeks weighted up in deprived areas), then a weight drawn around
    /// the mean for those weeks, shifted by deprivation, the mother's ethnic group and her smoking.
    mutating func drawGestationAndWeight(_ mother: SimPerson) -> (weeks: Int, grams: Int) {
        let b = p.births
        let preterm = pow(b.pretermDeprivation, plan.x)
        let weights = b.gestationWeights.enumerated().map { week, w in
            BirthParameters.firstWeek + week < 37 ? w * preterm : w
        }
        let index = rng.pick(weights)
        let mean =
            b.meanWeightByWeek[index] + b.deprivationGrams * plan.x + (b.ethnicGrams[mother.ethnic] ?? 0)
            + (mother.smoking == 2 ? b.smokingGrams : 0)
        let grams = mean + b.weightSpread * b.meanWeightByWeek[index] * rng.normal()
        return (BirthParameters.firstWeek + index, Int(min(max(grams, 400), 6500).rounded()))
    }
}
