import ArgumentParser

/// `placehealth scenario`: what happens next (issue 15). Today: the population projection.
struct ScenarioCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Project the place forward: the population, the baseline activity, the scenario files.",
        discussion: "Method, assumptions and limits: docs/scenarios.md.",
        subcommands: [
            ScenarioPopulationCommand.self, ScenarioBaselineCommand.self, ScenarioCheckCommand.self,
            ScenarioRunCommand.self,
        ])
}
