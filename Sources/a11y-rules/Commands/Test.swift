import ArgumentParser
import A11yRules

/// `a11y-rules test PATH...`: runs every rule's examples.
struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the examples of every rule in the given files and report each mismatch at its line.",
        discussion: "Every rule needs at least one pass and one fail example. Exits 0 when all pass, 1 when any fails, 2 when the files have errors.")

    @Argument(help: ArgumentHelp("Files or folders whose rules to test.", valueName: "path"))
    var paths: [String]

    @OptionGroup var catalog: CatalogOptions

    @Flag(help: "Print every example, not only the failures.")
    var verbose = false

    @Flag(help: "Treat warnings (a folder with no rule file) as errors.")
    var strict = false

    func run() throws {
        let workspace = try catalog.workspace(catalogPaths: paths)
        if workspace.load.hasErrors {
            workspace.renderDiagnostics { Output.error($0, newline: false) }
            Output.error("the rule files have errors; fix them before testing")
            throw ExitStatus.invalidInput
        }
        if EmptyFolderCheck.report(paths, strict: strict) > 0, strict { throw ExitStatus.invalidInput }
        let files = Set(try SourceDiscovery.files(at: paths).map(\.path))
        let results = RuleTests.run(workspace.catalog, files: files)
        let renderer = DiagnosticRenderer(files: workspace.load.files)
        for result in results where !result.passed || verbose {
            if result.passed {
                Output.print("\(result.location): passed: \(result.rule) gives \(result.actual?.rawValue ?? "?")")
            } else {
                let diagnostic = Diagnostic(id: "test.example-failed", message: "\(result.rule): \(result.detail ?? "failed")", location: result.location)
                Output.print(renderer.render(diagnostic))
            }
        }
        let failed = results.filter { !$0.passed }.count
        let rules = Set(results.map(\.rule)).count
        Output.print("\(counted(rules, "rule")), \(counted(results.count, "example")): \(results.count - failed) passed, \(failed) failed")
        if failed > 0 { throw ExitStatus.findings }
    }
}
