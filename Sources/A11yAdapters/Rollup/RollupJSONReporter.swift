import A11yRules
import A11yRollup

/// The rollup as JSON (`"format": "a11y-rules/rollup"`, `"version": 1`; a public contract,
/// documented in the DocC article "Rolling up a programme"). Scores are percentages of the points
/// available, with their bounds; points are in points (not hundredths).
public struct RollupJSONReporter: RollupReporter {
    /// The `--format` name: `json`.
    public static let identifier = "json"
    /// The rollup format version written.
    public static let version = 1

    /// Creates a reporter.
    public init() {}

    public func report(_ rollup: Rollup, catalog: Catalog) -> String {
        JSONWriter.write(document(rollup), pretty: true)
    }

    /// The JSON value of the rollup.
    public func document(_ rollup: Rollup) -> JSONValue {
        let programme = rollup.programme
        return .object([
            ("format", "a11y-rules/rollup"),
            ("version", .number(Double(Self.version))),
            ("programme", .object([("id", .string(programme.id)), ("title", localized(programme.title))])),
            ("clean", .bool(rollup.state.isClean)),
            ("records", .number(Double(rollup.state.records))),
            ("reports", .array(rollup.reports.map { report in
                .object([
                    ("date", .string(report.date.date.description)),
                    ("title", localized(report.date.title)),
                    ("missing_divisions", .array(report.missingDivisions.map { .string($0.division.id) })),
                    ("items", .array(report.items.map { entry in
                        .object([("id", .string(entry.item.id)),
                                 ("divisions", .object(ProgressStatus.allCases.map { ($0.rawValue, .number(Double(entry.counts[$0] ?? 0))) }))])
                    })),
                    ("failures", .array(report.failures.map { failure in
                        .object([("id", .string(failure.id)), ("divisions", .array(failure.divisions.map(JSONValue.string))),
                                 ("subjects", .number(Double(failure.subjects)))])
                    })),
                    ("divisions", .array(report.divisions.map(division))),
                ])
            })),
            ("problems", .array(rollup.state.problems.sorted().map { problem in
                .object([("kind", .string(problem.kind.rawValue)), ("subject", .string(problem.subject)),
                         ("assessed", .optional(problem.assessed?.description)), ("source", .string(problem.source))])
            })),
            ("duplicates", .array(rollup.state.duplicates.map { key, assessments in
                .object([("subject", .string(key.subject)), ("report", .string(programme.reports[key.report].date.description)),
                         ("assessments", .array(assessments.map(assessment)))])
            })),
        ])
    }

    private func division(_ d: DivisionProgress) -> JSONValue {
        .object([
            ("id", .string(d.division.id)),
            ("name", localized(d.division.name)),
            ("reported", .array(d.reported.map { subject, assessments in
                .object([("subject", .string(subject.id)), ("assessments", .array(assessments.map(assessment)))])
            })),
            ("missing", .array(d.missing.map { .string($0.id) })),
            ("score", share(d.share)),
            ("scorecards", .array(d.scorecards.map { id, tally, expected in
                .object([("id", .string(id)), ("expected", .number(Double(expected))), ("reported", .number(Double(tally.reported))),
                         ("passed", .number(Double(tally.passed))), ("complete", .number(Double(tally.complete))),
                         ("mean_score", tally.reported > 0 ? .number(rounded(Double(tally.score) / 100 / Double(tally.reported))) : .null)])
            })),
            ("items", .array(d.items.map { item in
                .object([("id", .string(item.item.id)), ("status", .string(item.status.rawValue)), ("score", share(item.share)),
                         ("indicators", .number(Double(item.indicators))), ("indicators_done", .number(Double(item.done))),
                         ("change", change(item.change))])
            })),
            ("indicators", .array(d.indicators.map { i in
                let t = i.tally
                return .object([
                    ("id", .string(i.key)), ("item", i.item.map { .string(rollupItemID($0, d)) } ?? .null),
                    ("status", .string(i.status.rawValue)), ("expected", .number(Double(i.expected))),
                    ("reported", .number(Double(t.reported))), ("applicable", .number(Double(t.applicable))),
                    ("done", .number(Double(t.done))), ("in_progress", .number(Double(t.inProgress))), ("not_started", .number(Double(t.notStarted))),
                    ("checks", .object([("passed", .number(Double(t.passed))), ("failed", .number(Double(t.failed))), ("undecided", .number(Double(t.undecided)))])),
                    ("score", share(i.share)), ("change", change(i.change)),
                ])
            })),
        ])
    }

    private func rollupItemID(_ index: Int, _ d: DivisionProgress) -> String {
        d.items.indices.contains(index) ? d.items[index].item.id : String(index)
    }

    private func share(_ s: ScoreShare) -> JSONValue {
        .object([
            ("points", .number(Hundredths.value(s.points))), ("score", .number(Hundredths.value(s.score))),
            ("score_min", .number(Hundredths.value(s.min))), ("score_max", .number(Hundredths.value(s.max))),
            ("percent", s.percent.map { .number(rounded($0)) } ?? .null),
            ("percent_min", s.minPercent.map { .number(rounded($0)) } ?? .null),
            ("percent_max", s.maxPercent.map { .number(rounded($0)) } ?? .null),
        ])
    }

    private func change(_ c: ProgressChange?) -> JSONValue {
        guard let c else { return .null }
        return .object([("since_report", .number(Double(c.since))), ("previous", .string(c.previous.rawValue)),
                        ("score_delta", c.scoreDelta.map { .number(rounded($0)) } ?? .null),
                        ("newly_done", .bool(c.isNewlyDone)), ("regression", .bool(c.isRegression))])
    }

    private func assessment(_ a: Assessment) -> JSONValue {
        .object([("assessed", .string(a.assessed.description)), ("source", .string(a.source))])
    }

    private func localized(_ text: LocalizedText) -> JSONValue {
        .object([("zh", .optional(text.zh)), ("en", .optional(text.en))])
    }

    private func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
