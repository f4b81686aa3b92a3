import PlaceModel
import ArgumentParser
import Foundation
import Population
import Publication

/// `placehealth frailty`: the electronic frailty index of people aged 65+ on a date.
struct FrailtyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frailty",
        abstract: "Count people aged 65+ by electronic frailty index category (fit, mild, moderate, severe).",
        discussion: """
            The eFI is the share of 36 deficits found in the record on the date (docs/population-health.md \
            lists where each comes from): fit up to 0.12, mild up to 0.24, moderate up to 0.36, severe \
            above. --deficits lists how common each deficit is. Counts from 1 to the pack's suppression \
            threshold minus 1, and the others needed so that none of them can be worked out from totals \
            (secondary suppression), are shown as * (null in JSON). SYNTHETIC data is labelled.
            """)

    @OptionGroup var options: PopulationOptions
    @OptionGroup var pack: PackOptions
    @OptionGroup var disclosure: DisclosureOptions

    @Option(help: Breakdown.optionHelp)
    var by = Breakdown.city

    @Flag(help: "List each deficit's prevalence among people aged 65+ instead.")
    var deficits = false

    @Option(help: "Output format: table, csv or json.")
    var format = OutputFormat.table

    func run() async throws {
        let (_, data, snapshot) = try options.snapshot()
        let display = try Audience(pack, disclosure)
        let summary = FrailtySummary(data: data, snapshot: snapshot, by: by)
        let withheld = PopulationDisclosure(data: data, snapshot: snapshot).frailty(
            summary, threshold: display.applied)
        let hidden = PopulationDisclosure.deficits(summary, threshold: display.applied)
        if format == .json {
            return try OutputFormat.printJSON(
                PopulationDocument.Table(
                    frailty: summary, mask: withheld, deficits: hidden, audience: display,
                    name: data.areas.name))
        }
        if deficits {
            if format == .table {
                print(
                    display.header(
                        "Frailty deficits of people aged 65+ on \(summary.date)", synthetic: data.synthetic))
            }
            return try format.print(
                header: ["deficit", "persons", "percent"],
                rows: zip(summary.deficits, hidden).map { d, withheld in
                    [
                        d.deficit, display.show(d.persons, withheld: withheld),
                        withheld ? "*" : String(format: "%.1f", d.share * 100),
                    ]
                })
        }
        if format == .table {
            print(
                display.header(
                    "People aged 65+ by eFI category on \(summary.date), by \(by.rawValue)",
                    synthetic: data.synthetic))
        }
        try format.print(
            header: [by.rawValue] + summary.categories + ["total", "mean_efi"],
            rows: summary.rows.enumerated().map { r, row in
                let total = withheld.isRowTotalWithheld(r)
                return [row.group]
                    + row.counts.enumerated().map { display.show($1, withheld: withheld.isWithheld(r, $0)) }
                    + [
                        display.show(row.counts.reduce(0, +), withheld: total),
                        total ? "*" : String(format: "%.3f", row.meanScore),
                    ]
            })
    }
}
