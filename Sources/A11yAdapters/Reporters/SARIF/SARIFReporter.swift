import A11yRules

/// The `sarif` format: SARIF 2.1.0, for code-scanning dashboards.
///
/// One run for the whole report. Each finding is a result: its `kind` follows the outcome (failed →
/// `fail`, passed → `pass`, inapplicable → `notApplicable`, cantTell and untested → `review`), its
/// `level` follows the severity for a failure and is `none` otherwise (as SARIF requires), and its
/// location is the line and column in the subject file. A waiver is a suppression (`inSource`, with
/// the reason as justification; `accepted`, or `rejected` once expired). The rules the results use
/// are described in `tool.driver.rules` with their clause, standard, obligation, mandatory flag,
/// confidence and help text in Chinese and English; the clause hierarchy of each standard (and each
/// scorecard's indicators) is a taxonomy.
///
/// Results are written as subjects arrive; only the rules and taxa seen so far are kept, and written
/// after the results (JSON objects are unordered).
public struct SARIFReporter: Reporter {
    /// The `--format` name: `sarif`.
    public static let identifier = "sarif"

    private let context: ReportContext
    private let words: ReportWords
    private var rules = SARIFRuleTable()
    private var count = 0

    /// Creates a reporter.
    public init(context: ReportContext) {
        self.context = context
        words = ReportWords(language: context.language)
    }

    public mutating func begin(to output: any ReportOutput) throws {
        try output.write("""
        {
          "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
          "version": "2.1.0",
          "runs": [
            {
              "columnKind": "unicodeCodePoints",
              "results": [
        """)
    }

    public mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
        var text = ""
        for finding in result.findings {
            let index = rules.index(of: finding, catalog: context.catalog)
            text += (count > 0 ? ",\n        " : "\n        ") + JSONWriter.write(self.result(finding, ruleIndex: index, subject: result), pretty: false)
            count += 1
        }
        try output.write(text)
    }

    public mutating func end(to output: any ReportOutput) throws {
        let generator = context.generator
        // One rule, taxonomy and taxon per line, so that a diff of two reports reads.
        func lines(_ values: [JSONValue], indent: String) -> String {
            values.isEmpty ? "[]" : "[\n" + values.map { indent + "  " + JSONWriter.write($0, pretty: false) }.joined(separator: ",\n") + "\n" + indent + "]"
        }
        var text = (count > 0 ? "\n      " : "") + "],\n      \"tool\": {\n        \"driver\": {\n"
        var fields: [(String, JSONValue)] = [("name", .string(generator.name)), ("version", .string(generator.version))]
        if let page = generator.informationURI { fields.append(("informationUri", .string(page))) }
        fields += [
            ("language", .string(words.t("zh-CN", "en-US"))),
            ("supportedTaxonomies", .array(rules.taxonomyReferences)),
        ]
        for (key, value) in fields {
            text += "          " + JSONWriter.write(.string(key), pretty: false) + ": " + JSONWriter.write(value, pretty: false) + ",\n"
        }
        text += "          \"rules\": " + lines(rules.descriptors(language: context.language, catalog: context.catalog), indent: "          ")
        text += "\n        }\n      },\n      \"taxonomies\": [\n"
        let taxonomies = rules.taxonomies(language: context.language, catalog: context.catalog)
        for (index, taxonomy) in taxonomies.enumerated() {
            guard case .object(let pairs) = taxonomy else { continue }
            text += "        {"
            for (position, (key, value)) in pairs.enumerated() {
                text += (position > 0 ? ", " : "") + JSONWriter.write(.string(key), pretty: false) + ": "
                if key == "taxa", case .array(let taxa) = value {
                    text += lines(taxa, indent: "        ")
                } else {
                    text += JSONWriter.write(value, pretty: false)
                }
            }
            text += "}" + (index < taxonomies.count - 1 ? "," : "") + "\n"
        }
        text += "      ],\n      \"invocations\": [{\"executionSuccessful\": true}]\n    }\n  ]\n}\n"
        try output.write(text)
    }

    private func result(_ finding: Finding, ruleIndex: Int, subject: SubjectResult) -> JSONValue {
        let kind: String
        switch finding.outcome {
        case .failed: kind = "fail"
        case .passed: kind = "pass"
        case .inapplicable: kind = "notApplicable"
        case .cantTell, .untested: kind = "review"
        }
        let level = finding.outcome == .failed ? finding.severity.rawValue : "none"
        var fields: [(String, JSONValue)] = [
            ("ruleId", .string(finding.rule ?? finding.clause)),
            ("ruleIndex", .number(Double(ruleIndex))),
            ("kind", .string(kind)),
            ("level", .string(level)),
            ("message", .object([("text", .string(message(finding)))])),
            ("locations", .array([location(finding, subject: subject)])),
        ]
        if let applied = finding.waiver {
            var suppression: [(String, JSONValue)] = [
                ("kind", "inSource"),
                ("status", .string(applied.isExpired ? "rejected" : "accepted")),
                ("justification", .string(applied.waiver.reason)),
            ]
            if let place = SARIFLocation.physical(applied.waiver.location) { suppression.append(("location", .object([("physicalLocation", place)]))) }
            suppression.append(("properties", .object([
                ("key", .string(applied.key)), ("until", .optional(applied.waiver.until?.description)),
                ("by", .optional(applied.waiver.by)), ("expired", .bool(applied.isExpired)),
            ])))
            fields.append(("suppressions", .array([.object(suppression)])))
        }
        fields.append(("properties", .object([
            ("subject", .string(subject.id)),
            ("outcome", .string(finding.outcome.rawValue)),
            ("clause", .string(finding.clause)),
            ("observed", .object(finding.observed.map { ($0.name, .string($0.value)) })),
            ("expected", .optional(finding.expected)),
            ("missing", .array(finding.missing.map(JSONValue.string))),
            ("reason", finding.reason.map { .object([("zh", .optional($0.zh)), ("en", .optional($0.en))]) } ?? .null),
            ("answered", .bool(finding.isAnswered)),
            ("supersededBy", .array(finding.supersededBy.map(JSONValue.string))),
        ])))
        return .object(fields)
    }

    private func message(_ finding: Finding) -> String {
        let what = words.instance(finding)
        switch finding.outcome {
        case .failed:
            return finding.message?.text(in: context.language)
                ?? words.t("\(what) 不符合要求", "\(what) does not meet the requirement") + (finding.expected.map { words.t("：\($0)", ": \($0)") } ?? "")
        case .passed:
            return words.t("\(what) 通过", "\(what) passes") + (finding.expected.map { words.t("：\($0)", ": \($0)") } ?? "")
        case .inapplicable:
            return words.t("\(what) 不适用", "\(what): not applicable") + (finding.reason?.text(in: context.language).map { words.t("：\($0)", ": \($0)") } ?? "")
        case .cantTell:
            return words.t("\(what) 无法判定：", "\(what) cannot be decided: ") + words.explanation(finding)
        case .untested:
            return words.t("待人工核查：", "To be checked by a person: ") + (finding.message?.text(in: context.language) ?? finding.clause)
        }
    }

    private func location(_ finding: Finding, subject: SubjectResult) -> JSONValue {
        var fields: [(String, JSONValue)] = []
        if let place = finding.location.flatMap({ SARIFLocation.physical($0) }) ?? SARIFLocation.physical(file: subject.source) { fields.append(("physicalLocation", place)) }
        let qualified = [subject.id, finding.part, finding.part == nil ? nil : finding.instance].compactMap { $0 }.joined(separator: "/")
        fields.append(("logicalLocations", .array([.object([("name", .string(finding.instance)), ("fullyQualifiedName", .string(qualified)), ("kind", "object")])])))
        return .object(fields)
    }
}
