import A11yRules

/// The JSON results of DSL §6 (`"format": "a11y-rules/results"`, `"version": 1`).
public struct JSONReporter: ResultReporter {
    /// The `--format` name: `json`.
    public static let identifier = "json"
    /// The results format version written.
    public static let version = 1

    /// Whether to indent with two spaces; false writes compact JSON.
    public var pretty: Bool

    /// Creates a reporter.
    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    /// The whole results document (`{"format": "a11y-rules/results", …}`) as JSON text.
    public func report(_ results: [SubjectResult], catalog: Catalog) -> String {
        JSONWriter.write(document(results), pretty: pretty)
    }

    /// The JSON value of the results.
    public func document(_ results: [SubjectResult]) -> JSONValue {
        .object([
            ("format", "a11y-rules/results"),
            ("version", .number(Double(Self.version))),
            ("subjects", .array(results.map(subject))),
        ])
    }

    /// One subject's JSON object (also one line of JSON Lines output).
    public func subject(_ result: SubjectResult) -> JSONValue {
        .object([
            ("id", .string(result.id)),
            ("kind", .string(result.kind)),
            ("name", localized(result.name)),
            ("source", .string(result.source)),
            ("region", .array(result.region.map(JSONValue.string))),
            ("assessed", .optional(result.assessed?.description)),
            ("summary", .object(Outcome.allCases.map { ($0.rawValue, .number(Double(result.counts[$0] ?? 0))) })),
            ("findings", .array(result.findings.map(finding))),
            ("clauses", .array(result.clauses.map { verdict in
                .object([
                    ("clause", .string(verdict.clause)), ("verdict", .string(verdict.verdict.rawValue)),
                    ("obligation", .optional(verdict.obligation?.rawValue)), ("mandatory", .bool(verdict.isMandatory)),
                ])
            })),
            ("scorecards", .array(result.scorecards.map(scorecard))),
        ])
    }

    private func finding(_ f: Finding) -> JSONValue {
        .object([
            ("rule", .optional(f.rule)),
            ("clause", .string(f.clause)),
            ("part", .optional(f.part)),
            ("instance", .string(f.instance)),
            ("outcome", .string(f.outcome.rawValue)),
            ("severity", .string(f.severity.rawValue)),
            ("observed", .object(f.observed.map { ($0.name, .string($0.value)) })),
            ("expected", .optional(f.expected)),
            ("missing", .array(f.missing.map(JSONValue.string))),
            ("reason", .optional(f.reason?.en ?? f.reason?.zh)),
            ("reason_text", f.reason.map(localized) ?? .null),
            ("message", f.message.map(localized) ?? .null),
            ("location", f.location.map { location in
                .object([("file", .string(location.file)), ("line", .number(Double(location.line))), ("column", .number(Double(location.column)))])
            } ?? .null),
            ("waiver", f.waiver.map { applied in
                .object([
                    ("key", .string(applied.key)), ("reason", .string(applied.waiver.reason)),
                    ("until", .optional(applied.waiver.until?.description)), ("by", .optional(applied.waiver.by)),
                    ("instance", .optional(applied.waiver.instance)),
                    ("expired", .bool(applied.isExpired)),
                ])
            } ?? .null),
            ("answered", .bool(f.isAnswered)),
            ("answer", f.answer.map { answer in
                .object([
                    ("note", .optional(answer.note)), ("by", .optional(answer.by)), ("date", .optional(answer.date?.description)),
                    ("instance", .optional(answer.instance)),
                    ("source", answer.source.map(source) ?? .null),
                ])
            } ?? .null),
            ("superseded_by", .array(f.supersededBy.map(JSONValue.string))),
            ("corroborates", .optional(f.corroborates)),
            ("corroborated_by", .array(f.corroboratedBy.map(JSONValue.string))),
        ])
    }

    private func source(_ s: EvidenceSource) -> JSONValue {
        .object([
            ("tool", .string(s.tool)), ("version", .optional(s.version)), ("engine", .optional(s.engine)),
            ("url", .optional(s.url)), ("time", .optional(s.time)),
            ("rules", .array(s.rules.map(JSONValue.string))), ("selectors", .array(s.selectors.map(JSONValue.string))),
            ("confidence", .optional(s.confidence?.rawValue)), ("file", .optional(s.file)),
        ])
    }

    private func scorecard(_ s: ScorecardResult) -> JSONValue {
        .object([
            ("id", .string(s.id)),
            ("score", .number(s.score)),
            ("score_min", .number(s.scoreMin)),
            ("score_max", .number(s.scoreMax)),
            ("passed", .bool(s.passed)),
            ("passed_at_min", .bool(s.passedAtMin)),
            ("passed_at_max", .bool(s.passedAtMax)),
            ("complete", .bool(s.isComplete)),
            ("pass_mark", s.passMark.map(JSONValue.number) ?? .null),
            ("grade", s.grade.map(localized) ?? .null),
            ("grade_at_min", s.gradeAtMin.map(localized) ?? .null),
            ("grade_at_max", s.gradeAtMax.map(localized) ?? .null),
            ("vetoed", .bool(s.vetoed)),
            ("vetoed_at_min", .bool(s.vetoedAtMin)),
            ("indicators", .array(s.indicators.map { i in
                .object([
                    ("id", .string(i.id)), ("points", .number(i.points)), ("score", .number(i.score)),
                    ("score_min", .number(i.scoreMin)), ("score_max", .number(i.scoreMax)),
                    ("applicable", .bool(i.applicable)), ("passed", .number(Double(i.passed))),
                    ("failed", .number(Double(i.failed))), ("undecided", .number(Double(i.undecided))),
                    ("waived", .number(Double(i.waived))), ("veto_failed", .bool(i.vetoFailed)),
                    ("shortfalls", .array(i.shortfalls.map(JSONValue.string))),
                    ("failed_checks", .array(i.failedChecks.map(JSONValue.string))),
                    ("undecided_checks", .array(i.undecidedChecks.map(JSONValue.string))),
                    ("corroborating", .array(i.corroborating.map { c in
                        .object([("rule", .string(c.rule)), ("instance", .string(c.instance)), ("governing", .string(c.governing))])
                    })),
                    ("explanation", i.explanation.map { .string($0.rawValue) } ?? .null),
                ])
            })),
        ])
    }

    private func localized(_ text: LocalizedText) -> JSONValue {
        .object([("zh", .optional(text.zh)), ("en", .optional(text.en))])
    }
}
