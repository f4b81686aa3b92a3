import ArgumentParser

/// `placehealth scenario`: what happens next: the population, the baseline, the Left Shift scenarios.
struct ScenarioCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract:
            "Project the place forward: the population, the baseline activity, the Left Shift scenarios.",
        discussion: "Method, assumptions and limits: docs/scenarios.md.",
        subcommands: [
            ScenarioPopulationCommand.self, ScenarioBaselineCommand.self, ScenarioCheckCommand.self,
            ScenarioRunCommand.self, ScenarioListCommand.self, ScenarioShowCommand.self,
            ScenarioCompareCommand.self,
            ScenarioBacktestCommand.self,
        ])
}
