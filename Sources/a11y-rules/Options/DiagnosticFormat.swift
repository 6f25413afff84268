import ArgumentParser

import A11yAdapters
import A11yRules

/// How `lint` and `test` give their diagnostics: compiler-style text on standard error, or one
/// JSON document (DocC "Limits" and "CommandLine"; `DiagnosticsJSON`) or one SARIF 2.1.0 log
/// (`DiagnosticsSARIF`) on standard output.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif

    /// The document of `diagnostics` (and the path-wide ones) in this machine-readable format, with the
    /// counts as the JSON document's summary.
    func document(_ diagnostics: [Diagnostic], paths: [DiagnosticsSARIF.PathDiagnostic], summary: [(String, JSONValue)]) -> String {
        if self == .sarif {
            return JSONWriter.write(DiagnosticsSARIF.document(diagnostics, paths: paths,
                                                             generator: .init(version: A11yRulesCommand.configuration.version)))
        }
        let extra = paths.map { DiagnosticsJSON.pathDiagnostic(id: $0.id, severity: $0.severity, message: $0.message, path: $0.path) }
        return JSONWriter.write(DiagnosticsJSON.document(diagnostics, extra: extra, summary: summary))
    }
}
