import ArgumentParser

/// `a11y-rules import axe|lighthouse|survey`: turns tool results and filled survey sheets into subject files.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn axe-core or Lighthouse results, or filled survey sheets, into a subject file.",
        subcommands: [ImportAxe.self, ImportLighthouse.self, ImportSurvey.self])
}
