import ArgumentParser

/// The root of the `placehealth` command line.
public struct PlaceHealthCommand: AsyncParsableCommand {
    /// The command's name, summary and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "placehealth",
        abstract: "PlaceHealth: the information system of a place-based health and care partnership.",
        discussion: """
            Data flows one way: sources (synthetic place, CSV files) -> ingest -> store -> engine -> \
            these commands. Start with `placehealth demo`.
            """,
        subcommands: [
            DemoCommand.self, ServeCommand.self, SynthCommand.self, CalibrateCommand.self, InitCommand.self,
            LoadCommand.self,
            SummaryCommand.self, SchemaCommand.self, ComputeCommand.self, IndicatorCommand.self,
            ScorecardCommand.self, ExportCommand.self,
            IndexCommand.self, StatsCommand.self,
            SegmentCommand.self, FrailtyCommand.self, RiskCommand.self, CohortCommand.self,
            TimelineCommand.self, ScenarioCommand.self,
            BoardCommand.self, BCFCommand.self, ReportCommand.self,
            UserCommand.self, AuditCommand.self, AuditDisclosureCommand.self,
        ]
    )

    /// Creates the root command.
    public init() {}
}
