import ArgumentParser
import A11yRules

/// `a11y-rules lint PATH...`: checks rule (and subject) files and prints compiler-style diagnostics.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check rule and subject files; print diagnostics as path:line:column: error: ….",
        discussion: "Exits 0 when no error is found (warnings allowed unless --strict), 2 otherwise.")

    @Argument(help: ArgumentHelp("Files or folders to check.", valueName: "path"))
    var paths: [String]

    @OptionGroup var catalog: CatalogOptions

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let workspace = try catalog.workspace(catalogPaths: paths)
        let diagnostics = workspace.load.diagnostics
        if !diagnostics.isEmpty { workspace.renderDiagnostics { Output.error($0, newline: false) } }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let catalogSummary = "\(workspace.catalog.standards.count) standards, \(workspace.catalog.standardRules.count) rules, \(workspace.catalog.scorecards.count) scorecards, \(workspace.load.subjects.count) subjects"
        Output.error("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") (\(catalogSummary))")
        if errors > 0 || (strict && warnings > 0) { throw ExitStatus.invalidInput }
    }
}
