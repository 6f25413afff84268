import ArgumentParser
import A11yRules
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
          73  the report's path (-o) cannot be opened for writing
          74  writing the report failed part-way (a full disk, a closed pipe); an incomplete
              file is removed (or emptied, if it existed before)
        """,
        version: PackageVersion.current,
        subcommands: [Lint.self, Test.self, Evaluate.self, RollupCommand.self, Explain.self, CatalogCommand.self, Bench.self, Import.self, Template.self]
    )

    /// Runs the command with `SIGPIPE` ignored, so a closed pipe is a reported write error (exit 74),
    /// not a silent death, and with the allocator's large blocks kept in `mmap` (``MallocSettings``).
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        MallocSettings.apply()
        main(nil)
    }
}
