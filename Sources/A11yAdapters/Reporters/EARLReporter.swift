import A11yRules

/// The `earl` format: W3C EARL 1.0 in JSON-LD, with the context ACT implementation reports use
/// (`https://act-rules.github.io/earl-context.json`).
///
/// One `earl:Assertion` per finding: its outcome is `earl:passed`, `earl:failed`, `earl:inapplicable`,
/// `earl:cantTell` or `earl:untested`; its mode is `earl:automatic` for a rule's check and
/// `earl:manual` for a clause or rule a person answered (or still has to answer). The test is the
/// rule (or clause) by an `urn:a11y-rules:` IRI with its title; the subject is the facility or service,
/// with its source file; the tool is the assertor. Assertions are written as subjects arrive.
public struct EARLReporter: Reporter {
    /// The `--format` name: `earl`.
    public static let identifier = "earl"
    /// The JSON-LD context the report names.
    public static let contextURL = "https://act-rules.github.io/earl-context.json"

    private let context: ReportContext
    private let words: ReportWords
    private var count = 0
    private var describedTests: Set<String> = []

    /// Creates a reporter.
    public init(context: ReportContext) {
        self.context = context
        words = ReportWords(language: context.language)
    }

    private var assertor: String { "urn:a11y-rules:tool:" + URIReference.segment(context.generator.name) }

    public mutating func begin(to output: any ReportOutput) throws {
        var fields: [(String, JSONValue)] = [
            ("@id", .string(assertor)),
            ("@type", ["earl:Assertor", "earl:Software", "Project"]),
            ("name", .string(context.generator.name)),
            ("release", .object([("@type", "Version"), ("revision", .string(context.generator.version))])),
        ]
        if let page = context.generator.informationURI { fields.append(("homepage", .string(page))) }
        let tool: JSONValue = .object(fields)
        try output.write("{\n  \"@context\": \"\(Self.contextURL)\",\n  \"@graph\": [\n    " + JSONWriter.write(tool, pretty: false))
    }

    public mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
        let subjectID = "urn:a11y-rules:subject:" + URIReference.segment(result.id)
        var subject: [(String, JSONValue)] = [
            ("@id", .string(subjectID)),
            ("@type", "TestSubject"),
            ("title", .string(words.name(result))),
            ("source", .string(result.source)),
        ]
        if let assessed = result.assessed { subject.append(("dct:date", .string(assessed.description))) }
        var text = ",\n    " + JSONWriter.write(.object(subject), pretty: false)
        for finding in result.findings {
            text += ",\n    " + JSONWriter.write(assertion(finding, subject: subjectID, result: result), pretty: false)
            count += 1
        }
        try output.write(text)
    }

    public mutating func end(to output: any ReportOutput) throws {
        try output.write("\n  ]\n}\n")
    }

    private mutating func assertion(_ finding: Finding, subject: String, result: SubjectResult) -> JSONValue {
        let testID = finding.rule ?? finding.clause
        let testIRI = "urn:a11y-rules:test:" + URIReference.segment(testID)
        let test: JSONValue
        if describedTests.insert(testID).inserted {
            let rule = finding.rule.flatMap(context.catalog.rule)
            var fields: [(String, JSONValue)] = [
                ("@id", .string(testIRI)),
                ("@type", .string(finding.rule == nil ? "TestRequirement" : "TestCase")),
                ("title", .string(rule?.title.text(in: context.language) ?? context.catalog.title(ofClause: finding.clause)?.text(in: context.language) ?? testID)),
                ("dct:identifier", .string(testID)),
            ]
            if finding.rule != nil { fields.append(("dct:isPartOf", .object([("@id", .string("urn:a11y-rules:test:" + URIReference.segment(finding.clause)))]))) }
            test = .object(fields)
        } else {
            test = .object([("@id", .string(testIRI))])
        }
        let manual = finding.rule == nil || finding.isAnswered
        var description = words.explanation(finding)
        if finding.outcome == .passed { description = words.t("通过", "passed") + (finding.expected.map { words.t("：\($0)", ": \($0)") } ?? "") }
        var outcomeFields: [(String, JSONValue)] = [
            ("@type", "TestResult"),
            ("outcome", .string("earl:" + finding.outcome.rawValue)),
            ("info", .string(description)),
        ]
        if let location = finding.location { outcomeFields.append(("source", .string(location.description))) }
        if let date = finding.answer?.date ?? result.assessed { outcomeFields.append(("dct:date", .string(date.description))) }
        var fields: [(String, JSONValue)] = [
            ("@type", "Assertion"),
            ("assertedBy", .string(assertor)),
            ("subject", .object([("@id", .string(subject))])),
            ("test", test),
            ("mode", .string(manual ? "earl:manual" : "earl:automatic")),
            ("result", .object(outcomeFields)),
        ]
        if let by = finding.answer?.by { fields.append(("dct:creator", .string(by))) }
        return .object(fields)
    }
}
