import PlacePack

/// One count the engine makes, as a small value: which rows (a table's records, or the residents),
/// the base periods they fall in, the conditions on the record and on its person, and what each
/// row adds.
///
/// Every plan is grouped the same way: by base period, by each group of every fixed breakdown
/// (city, ward, LCP, PCN, practice, IMD decile, deprived or rest, sex, ethnic group, LCP × deprived
/// or rest) and by five-year age band, with the under-ones apart. So a plan can be run by the
/// embedded executor on the shared columnar model (``SelectionCounter``) or written as one SQL
/// query (``CountPlanSQL``) with the same counts. docs/engine.md describes the fields.
package struct CountPlan: Sendable, Hashable {
    /// Where the rows come from.
    package enum Source: Sendable, Hashable {
        /// The residents at the middle of each base period (born, alive and registered that day),
        /// each counted at their age that day.
        case residents
        /// The records of `table`, each placed in the base period of its `date` column and counted
        /// at the person's age on that date.
        case records(table: String, date: String)
    }

    /// What each selected row adds.
    package enum Measure: Sendable, Hashable {
        /// One a record (a resident).
        case records
        /// One a person and base period, at the person's youngest age among their rows in it.
        case persons
        /// The value of a column; a row where it is empty adds nothing.
        case values(String)
        /// The square of a column's value.
        case squares(String)
        /// One a row whose column is not empty.
        case present(String)
        /// One for each night of a stay, from the record's date to the day before the date in this
        /// column (a stay not yet ended, to the end of the year after the last study year), in the
        /// base period and at the age of that night.
        case nights(until: String)
    }

    /// Where the rows come from.
    package let source: Source
    /// The kind of base period (calendar or financial year) that dates fall in.
    package let period: IndicatorDefinition.PeriodType
    /// Conditions on the record's columns, all of which must hold.
    package let filters: [Selection.Filter]
    /// Keep only each person's latest record in each base period (the highest record identifier
    /// among those of the latest date) of those whose filters on `kind` hold and whose person
    /// conditions hold; the other filters then apply to the record kept.
    package let latest: Bool
    /// Age in completed years on the row's date, inclusive bounds.
    package let minAge: Int?
    /// Upper age bound.
    package let maxAge: Int?
    /// Conditions on the person: sex and ethnic group.
    package let person: [Selection.Filter]
    /// A register the person must have joined (earliest onset) by the row's date.
    package let register: String?
    /// What each row adds.
    package let measure: Measure
    /// Whether each person's total in each base period is squared before it is added (at their
    /// youngest age among their rows in it): the variance of a rate whose records cluster in persons.
    package let squaredPerPerson: Bool

    /// The table the plan reads, or nil for the residents.
    package var table: String? {
        if case .records(let table, _) = source { return table } else { return nil }
    }

    /// The column the measure reads, if any.
    package var valueColumn: String? {
        switch measure {
        case .values(let c), .squares(let c), .present(let c), .nights(let c): return c
        case .records, .persons: return nil
        }
    }

    /// Whether the counts of two shares of the rows add up to the counts of all of them (not so for
    /// distinct persons, latest records or totals squared per person).
    package var additive: Bool { !latest && measure != .persons && !squaredPerPerson }
}
