import ArgumentParser
import A11yRules

/// Where rules come from: the shipped catalogs unless `--no-builtin`, plus `--catalog` folders.
struct CatalogOptions: ParsableArguments {
    @Option(name: .customLong("catalog"), help: ArgumentHelp("A file or folder of rule files to load (repeatable).", valueName: "path"))
    var catalogs: [String] = []

    @Flag(name: .customLong("no-builtin"), help: "Do not load the shipped catalogs.")
    var noBuiltin = false

    /// Loads the catalogs and the given paths, printing diagnostics to standard error.
    ///
    /// - Parameter examples: Whether rules' examples are decoded and checked (`evaluate` skips them).
    /// - Throws: an exit code of 66 for unreadable paths.
    /// - Parameter keepsExamples: false to decode and check every example and then let it go (`lint`:
    ///   the same diagnostics, and the examples are never all alive at once).
    /// - Parameter keptForLife: false when the caller hands the workspace to ``ProcessLifetime/keep(_:)``
    ///   itself (after letting some of it go).
    func workspace(catalogPaths extra: [String] = [], subjects: [String] = [], examples: ExampleLoading = .decode,
                   keepsExamples: Bool = true, keptForLife: Bool = true) throws -> Workspace {
        do {
            let workspace = keepsExamples || examples != .decode
                ? try Workspace.load(catalogs: catalogs + extra, subjects: subjects, includeBuiltin: !noBuiltin, examples: examples)
                : try Workspace.loadCheckingExamples(catalogs: catalogs + extra, subjects: subjects, includeBuiltin: !noBuiltin)
            // Freed by the process's exit, not rule by rule when the command returns.
            if keptForLife { ProcessLifetime.keep(workspace) }
            return workspace
        } catch {
            Output.error(error.description)
            throw ExitStatus.unreadablePath
        }
    }

    /// Loads the catalogs and stops with exit code 2 (after printing the diagnostics) if any file has errors.
    func checkedWorkspace(catalogPaths extra: [String] = [], subjects: [String] = []) throws -> Workspace {
        let workspace = try workspace(catalogPaths: extra, subjects: subjects)
        if workspace.load.hasErrors {
            workspace.renderDiagnostics { Output.error($0, newline: false) }
            throw ExitStatus.invalidInput
        }
        return workspace
    }
}
