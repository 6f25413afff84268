import ArgumentParser

/// How `lint` and `test` give their diagnostics: compiler-style text on standard error, or one
/// JSON document (DocC "Limits" and "CommandLine"; `DiagnosticsJSON`) on standard output.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
