import A11yRules

/// The `csv-summary` format: one row per subject and indicator, then one total row per scorecard,
/// with points, score, score bounds, grade and verdict; encoded like ``CSVReporter``.
public struct CSVSummaryReporter: Reporter {
    /// The `--format` name: `csv-summary`.
    public static let identifier = "csv-summary"

    /// Scores and counts only: no finding is written.
    public static let writesFindings = false

    private let words: ReportWords
    private let catalog: Catalog

    /// Creates a reporter in the context's language.
    public init(context: ReportContext) {
        words = ReportWords(language: context.language)
        catalog = context.catalog
    }

    /// The header row's cells, in the report's language.
    public var header: [String] {
        words.language == .zh
            ? ["对象编号", "对象名称", "地区", "评估日期", "评分表", "指标", "指标名称", "分值", "得分", "最低可能得分", "最高可能得分",
               "适用", "通过", "不通过", "待定", "豁免", "否决项未达标", "等级", "结论"]
            : ["subject", "subject_name", "region", "assessed", "scorecard", "indicator", "indicator_title", "points", "score",
               "score_min", "score_max", "applicable", "passed", "failed", "undecided", "waived", "veto_failed", "grade", "verdict"]
    }

    public mutating func begin(to output: any ReportOutput) throws {
        try output.write(CSVWriter.header(header))
    }

    public mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
        var rows = ""
        let lead: [CSVWriter.Cell] = [
            .text(result.id), .text(words.name(result)), .text(result.region.joined(separator: "/")),
            .text(result.assessed?.description ?? ""),
        ]
        for card in result.scorecards {
            for indicator in card.indicators {
                let bounds: (min: CSVWriter.Cell, max: CSVWriter.Cell) = (.number(indicator.scoreMin), .number(indicator.scoreMax))
                rows += CSVWriter.record(lead + [
                    .text(card.id), .text(indicator.id), .text(words.text(indicator.title)), .number(indicator.points),
                    .number(indicator.score), bounds.min, bounds.max, .text(words.yesNo(indicator.applicable)),
                    .number(Double(indicator.passed)), .number(Double(indicator.failed)), .number(Double(indicator.undecided)),
                    .number(Double(indicator.waived)), .text(words.yesNo(indicator.vetoFailed)), .empty, .empty,
                ])
            }
            let applicable = card.indicators.filter(\.applicable)
            let bounds: (min: CSVWriter.Cell, max: CSVWriter.Cell) = (.number(card.scoreMin), .number(card.scoreMax))
            rows += CSVWriter.record(lead + [
                .text(card.id), .text(words.t("总分", "total")), .text(words.text(catalog.scorecard(card.id)?.title)), .number(100),
                .number(card.score), bounds.min, bounds.max, .text(words.yesNo(true)),
                .number(Double(applicable.reduce(0) { $0 + $1.passed })), .number(Double(applicable.reduce(0) { $0 + $1.failed })),
                .number(Double(applicable.reduce(0) { $0 + $1.undecided })), .number(Double(applicable.reduce(0) { $0 + $1.waived })),
                .text(words.yesNo(card.vetoed)), .text(words.grade(card)), .text(words.verdict(card)),
            ])
        }
        try output.write(rows)
    }
}
