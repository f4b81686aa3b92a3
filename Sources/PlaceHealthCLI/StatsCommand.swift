import ArgumentParser

/// Placeholder: replaced by the statistics work.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Public-health statistics on a CSV file.")
}
