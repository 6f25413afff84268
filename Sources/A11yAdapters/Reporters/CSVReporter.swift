import A11yRules

/// The `csv` format: one row per finding, for spreadsheets.
///
/// UTF-8 with a byte order mark, CRLF records and RFC 4180 quoting (see ``CSVWriter``), so Excel and
/// WPS open it with the Chinese text intact. Headers, outcomes and severities are in the report's
/// language. Rows are written as subjects arrive: a JSON Lines input of any size is streamed.
public struct CSVReporter: Reporter {
    /// The `--format` name: `csv`.
    public static let identifier = "csv"

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
            ? ["对象编号", "对象名称", "标准", "条款", "条款名称", "规则", "部位类型", "部位", "结果", "严重程度", "强制性条文",
               "实测值", "要求", "缺少的数据", "说明", "提示", "文件", "行", "列", "豁免理由", "豁免有效期至", "豁免状态"]
            : ["subject", "subject_name", "standard", "clause", "clause_title", "rule", "part", "instance", "outcome", "severity",
               "mandatory", "observed", "expected", "missing", "reason", "message", "file", "line", "column", "waiver",
               "waiver_until", "waiver_status"]
    }

    public mutating func begin(to output: any ReportOutput) throws {
        try output.write(CSVWriter.header(header))
    }

    public mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
        var rows = ""
        let name = words.name(result)
        for finding in result.findings {
            let clause = catalog.clause(finding.clause)
            let standard = finding.clause.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
            var cells: [CSVWriter.Cell] = [
                .text(result.id), .text(name), .text(standard), .text(finding.clause),
                .text(words.text(catalog.title(ofClause: finding.clause))), .text(finding.rule ?? ""), .text(finding.part ?? ""), .text(finding.instance),
                .text(words.outcome(finding.outcome)), .text(words.severity(finding.severity)),
                .text(words.yesNo(clause?.isMandatory ?? false)), .text(words.observed(finding)), .text(finding.expected ?? ""),
                .text(finding.missing.joined(separator: ", ")), .text(finding.reason?.text(in: words.language) ?? ""),
                .text(finding.message?.text(in: words.language) ?? ""),
            ]
            if let location = finding.location {
                cells += [.text(location.file), .number(Double(location.line)), .number(Double(location.column))]
            } else {
                cells += [.empty, .empty, .empty]
            }
            if let applied = finding.waiver {
                cells += [.text(applied.waiver.reason), .text(applied.waiver.until?.description ?? ""),
                          .text(applied.isExpired ? words.t("已过期", "expired") : words.t("有效", "in force"))]
            } else {
                cells += [.empty, .empty, .empty]
            }
            rows += CSVWriter.record(cells)
        }
        try output.write(rows)
    }
}
