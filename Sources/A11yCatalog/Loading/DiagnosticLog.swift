import A11yModel

/// Collects the diagnostics of one load. Reference type so every decoder appends to the same list.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func error(_ id: String, _ message: String, at location: SourceLocation, length: Int = 1,
               suggestion: String? = nil, notes: [DiagnosticNote] = []) {
        add(Diagnostic(id: id, severity: .error, message: message, location: location, length: length,
                       notes: notes, suggestion: suggestion))
    }

    func warning(_ id: String, _ message: String, at location: SourceLocation, length: Int = 1,
                 suggestion: String? = nil, notes: [DiagnosticNote] = []) {
        add(Diagnostic(id: id, severity: .warning, message: message, location: location, length: length,
                       notes: notes, suggestion: suggestion))
    }

    var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
}
