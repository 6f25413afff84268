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
        for card in result.scorecards {
            let applicable = card.indicators.filter(\.applicable)
            let fields = [
                result.id, region, assessed, card.id, QuantityFormat.number(card.score),
                ScoreBounds.text(ScoreBounds.of(card)) ?? "-", words.grade(card), words.verdict(card),
                String(applicable.reduce(0) { $0 + $1.failed }), String(applicable.reduce(0) { $0 + $1.undecided }),
            ]
            lines += fields.map(Self.cell).joined(separator: "\t") + "\n"
        }
        if result.scorecards.isEmpty {
            let counts = result.counts
            let undecided = (counts[.cantTell] ?? 0) + (counts[.untested] ?? 0)
            let fields = [result.id, region, assessed, "-", "-", "-", "-", "-", String(result.countedFailures), String(undecided)]
            lines += fields.map(Self.cell).joined(separator: "\t") + "\n"
        }
        try output.write(lines)
    }

    /// A field with tabs and line ends replaced by spaces, so one subject stays on one line.
    /// (Tabs, line feeds and carriage returns are always characters of their own, or CR LF together, so a
    /// text without those bytes is the cell as it is: most are, and are not walked character by character.)
    private static func cell(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}
