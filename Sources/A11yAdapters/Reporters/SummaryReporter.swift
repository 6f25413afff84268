import A11yRules

/// The `summary` format: one tab-separated line per subject and scorecard, for batches — id, region,
/// assessed date, scorecard, score, score bounds, grade, verdict, failed and undecided counts — after
/// one header line.
///
/// A subject no scorecard applies to gets one line with `-` for the scorecard; its counts are those of
/// its findings, listed or not (failures a waiver in force covers are not counted).
public struct SummaryReporter: Reporter {
    /// The `--format` name: `summary`.
    public static let identifier = "summary"

    /// Scores and counts only: no finding is written.
    public static let writesFindings = false

    private let words: ReportWords

    /// Creates a reporter in the context's language.
    public init(context: ReportContext) {
        words = ReportWords(language: context.language)
    }

    public mutating func begin(to output: any ReportOutput) throws {
        let header = words.language == .zh
            ? ["对象", "地区", "评估日期", "评分表", "得分", "得分区间", "等级", "结论", "不通过", "待定"]
            : ["subject", "region", "assessed", "scorecard", "score", "bounds", "grade", "verdict", "failed", "undecided"]
        try output.write(header.joined(separator: "\t") + "\n")
    }

    public mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
        let region = result.region.isEmpty ? "-" : result.region.joined(separator: "/")
        let assessed = result.assessed?.description ?? "-"
        var lines = ""
        lines.reserveCapacity(160 * max(1, result.scorecards.count))
        for card in result.scorecards {
            // The applicable indicators' failed and undecided checks, summed in place (no filtered copy).
            var failed = 0, undecided = 0
            for indicator in card.indicators where indicator.applicable {
                failed += indicator.failed
                undecided += indicator.undecided
            }
            Self.line(&lines, result.id, region, assessed, card.id, QuantityFormat.number(card.score),
                      ScoreBounds.text(ScoreBounds.of(card)) ?? "-", words.grade(card), words.verdict(card), String(failed), String(undecided))
        }
        if result.scorecards.isEmpty {
            let counts = result.counts
            let undecided = (counts[.cantTell] ?? 0) + (counts[.untested] ?? 0)
            Self.line(&lines, result.id, region, assessed, "-", "-", "-", "-", "-", String(result.countedFailures), String(undecided))
        }
        try output.write(lines)
    }

    /// Appends one line of the ten fields (each a ``cell(_:)``), tab-separated, to `lines`.
    private static func line(_ lines: inout String, _ subject: String, _ region: String, _ assessed: String, _ scorecard: String,
                             _ score: String, _ bounds: String, _ grade: String, _ verdict: String, _ failed: String,
                             _ undecided: String) {
        for field in [subject, region, assessed, scorecard, score, bounds, grade, verdict, failed] {
            lines += cell(field)
            lines += "\t"
        }
        lines += cell(undecided)
        lines += "\n"
    }

    /// A field with tabs and line ends replaced by spaces, so one subject stays on one line.
    /// (Tabs, line feeds and carriage returns are always characters of their own, or CR LF together, so a
    /// text without those bytes is the cell as it is: most are, and are not walked character by character.)
    private static func cell(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}
