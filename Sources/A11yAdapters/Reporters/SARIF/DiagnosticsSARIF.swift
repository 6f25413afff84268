import A11yRules

/// `lint` and `test` diagnostics as SARIF 2.1.0, for code-scanning dashboards: one run, one result per
/// diagnostic (its id is the rule id, its severity the level), located at its file, line and column, with
/// its notes as related locations; the ids used are described in `tool.driver.rules`.
public enum DiagnosticsSARIF {
    /// A diagnostic about a path as a whole (a folder with no rule file).
    public struct PathDiagnostic: Sendable {
        /// The diagnostic's id (the SARIF rule id).
        public var id: String
        /// Error, warning or note (the SARIF level).
        public var severity: Severity
        /// What is wrong, as the CLI prints it.
        public var message: String
        /// The path the diagnostic is about (the SARIF artifact location).
        public var path: String

        /// Creates one.
        public init(id: String, severity: Severity, message: String, path: String) {
            self.id = id
            self.severity = severity
            self.message = message
            self.path = path
        }
    }

    /// The SARIF document of `diagnostics` (then `paths`), written by the tool `generator` names.
    public static func document(_ diagnostics: [Diagnostic], paths: [PathDiagnostic] = [], generator: ReportContext.Generator = .init()) -> JSONValue {
        var ruleIDs: [String] = []
        var ruleIndex: [String: Int] = [:]
        func index(_ id: String) -> Int {
            if let known = ruleIndex[id] { return known }
            ruleIndex[id] = ruleIDs.count
            ruleIDs.append(id)
            return ruleIDs.count - 1
        }
        var results: [JSONValue] = []
        for diagnostic in diagnostics {
            var text = diagnostic.message
            if let suggestion = diagnostic.suggestion { text += " (did you mean '\(suggestion)'?)" }
            var fields: [(String, JSONValue)] = [
                ("ruleId", .string(diagnostic.id)), ("ruleIndex", .number(Double(index(diagnostic.id)))),
                ("level", .string(level(diagnostic.severity))), ("message", .object([("text", .string(text))])),
            ]
            if let place = SARIFLocation.physical(diagnostic.location, length: diagnostic.length) {
                fields.append(("locations", .array([.object([("physicalLocation", place)])])))
            }
            let related = diagnostic.notes.enumerated().map { number, note -> JSONValue in
                var entry: [(String, JSONValue)] = [("id", .number(Double(number))), ("message", .object([("text", .string(note.message))]))]
                if let place = note.location.flatMap({ SARIFLocation.physical($0) }) { entry.append(("physicalLocation", place)) }
                return .object(entry)
            }
            if !related.isEmpty { fields.append(("relatedLocations", .array(related))) }
            results.append(.object(fields))
        }
        for path in paths {
            var fields: [(String, JSONValue)] = [
                ("ruleId", .string(path.id)), ("ruleIndex", .number(Double(index(path.id)))),
                ("level", .string(level(path.severity))), ("message", .object([("text", .string(path.message))])),
            ]
            if let place = SARIFLocation.physical(file: path.path) {
                fields.append(("locations", .array([.object([("physicalLocation", place)])])))
            }
            results.append(.object(fields))
        }
        var driver: [(String, JSONValue)] = [("name", .string(generator.name)), ("version", .string(generator.version))]
        if let page = generator.informationURI { driver.append(("informationUri", .string(page))) }
        driver.append(("rules", .array(ruleIDs.map { .object([("id", .string($0))]) })))
        return .object([
            ("$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"),
            ("version", "2.1.0"),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object(driver))])),
                ("columnKind", "unicodeCodePoints"),
                ("results", .array(results)),
            ])])),
        ])
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }
}
