import ArgumentParser
import A11yRules
import A11yAdapters

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

    @Option(help: "Mismatches and file errors as text, as one JSON document (format a11y-rules/diagnostics) or as one SARIF 2.1.0 log, on standard output.")
    var format: DiagnosticFormat = .text

    func run() throws {
        let workspace = try catalog.workspace(catalogPaths: paths)
        if format != .text { return try runJSON(workspace) }
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

    /// `--format json` or `sarif`: the load's diagnostics, or one `test.example-failed` per mismatch, and the counts.
    private func runJSON(_ workspace: Workspace) throws {
        let empty = EmptyFolderCheck.emptyPaths(paths).map {
            DiagnosticsSARIF.PathDiagnostic(id: "catalog.no-rule-file", severity: strict ? .error : .warning, message: EmptyFolderCheck.message, path: $0)
        }
        if workspace.load.hasErrors || (strict && !empty.isEmpty) {
            let errors = workspace.load.diagnostics.filter { $0.severity == .error }.count + (strict ? empty.count : 0)
            Output.print(format.document(workspace.load.diagnostics, paths: empty, summary: [("errors", .number(Double(errors)))]))
            throw ExitStatus.invalidInput
        }
        let files = Set(try SourceDiscovery.files(at: paths).map(\.path))
        let results = RuleTests.run(workspace.catalog, files: files)
        let mismatches = results.filter { !$0.passed }.map {
            Diagnostic(id: "test.example-failed", message: "\($0.rule): \($0.detail ?? "failed")", location: $0.location)
        }
        Output.print(format.document(mismatches, paths: empty, summary: [
            ("rules", .number(Double(Set(results.map(\.rule)).count))), ("examples", .number(Double(results.count))),
            ("passed", .number(Double(results.count - mismatches.count))), ("failed", .number(Double(mismatches.count))),
        ]))
        if !mismatches.isEmpty { throw ExitStatus.findings }
    }
}
