import ArgumentParser
import A11yRules
import A11yAdapters

/// `a11y-rules lint PATH...`: checks rule (and subject) files and prints compiler-style diagnostics.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check rule and subject files; print diagnostics as path:line:column: error: ….",
        discussion: """
            Diagnostics go to standard error; the summary line (errors, warnings, what was loaded) to standard \
            output, as for `test`. Diagnostics are in English (see the CommandLine article). \
            Exits 0 when no error is found (warnings allowed unless --strict), 2 otherwise.
            """)

    @Argument(help: ArgumentHelp("Files or folders to check.", valueName: "path"))
    var paths: [String]

    @OptionGroup var catalog: CatalogOptions

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "Diagnostics as text (standard error), as one JSON document (standard output, format a11y-rules/diagnostics) or as one SARIF 2.1.0 log (standard output).")
    var format: DiagnosticFormat = .text

    func run() throws {
        // Lint reports the examples' problems but never runs them: none is kept once checked.
        let workspace = try catalog.workspace(catalogPaths: paths, keepsExamples: false)
        // Lint-only checks (an expired waiver, a waiver wider than its failures) come after the loader's, which other commands print too.
        let extra = LintChecks.diagnostics(workspace)
        let diagnostics = workspace.load.diagnostics + extra
        let empty: Int
        if format != .text {
            let emptyPaths = EmptyFolderCheck.emptyPaths(paths)
            empty = emptyPaths.count
            let pathDiagnostics = emptyPaths.map {
                DiagnosticsSARIF.PathDiagnostic(id: "catalog.no-rule-file", severity: strict ? .error : .warning, message: EmptyFolderCheck.message, path: $0)
            }
            let errors = diagnostics.filter { $0.severity == .error }.count + (strict ? empty : 0)
            let warnings = diagnostics.filter { $0.severity == .warning }.count + (strict ? 0 : empty)
            Output.print(format.document(
                diagnostics, paths: pathDiagnostics,
                summary: [("errors", .number(Double(errors))), ("warnings", .number(Double(warnings))),
                          ("held_back", .number(Double(workspace.load.suppressed.count)))]))
            if errors > 0 || (strict && warnings > 0) { throw ExitStatus.invalidInput }
            return
        }
        if !workspace.load.diagnostics.isEmpty || !workspace.load.suppressed.isEmpty {
            workspace.renderDiagnostics { Output.error($0, newline: false) }
        }
        if !extra.isEmpty { DiagnosticRenderer(files: workspace.load.files).render(extra) { Output.error($0, newline: false) } }
        empty = EmptyFolderCheck.report(paths, strict: strict)
        let errors = diagnostics.filter { $0.severity == .error }.count + (strict ? empty : 0)
        let warnings = diagnostics.filter { $0.severity == .warning }.count + (strict ? 0 : empty)
        let catalog = workspace.catalog
        let contents = [
            counted(catalog.standards.count, "standard"), counted(catalog.standardRuleCount, "rule"),
            counted(catalog.scorecards.count, "scorecard"), counted(workspace.load.subjects.count, "subject"),
        ]
        // The summary is the command's result, on standard output like `test`'s; diagnostics go to standard error.
        Output.print("\(counted(errors, "error")), \(counted(warnings, "warning")) (\(contents.joined(separator: ", ")))")
        if errors > 0 || (strict && warnings > 0) { throw ExitStatus.invalidInput }
    }
}
