import ArgumentParser

@main
struct A11yRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "a11y-rules",
        abstract: "Check accessibility and age-friendliness standards as executable rules.",
        discussion: """
        Exit codes:
          0   success: files are clean, examples pass, or no finding reached --fail-on
          1   findings: evaluate found failures at or above --fail-on; test had failing examples
          2   invalid input: a rule or subject file has errors (diagnostics are printed)
          64  usage error: bad flags or arguments
          66  a path does not exist or cannot be read
        """,
        version: "0.1.0",
        subcommands: [Lint.self, Test.self, Evaluate.self, RollupCommand.self, Explain.self, CatalogCommand.self, Bench.self]
    )
}
