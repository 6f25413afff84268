import A11yRules

/// The `html` format: one self-contained report that an acceptance team opens, prints on A4 and files.
///
/// No network: the stylesheet and the indicator bars (inline SVG, each beside its text equivalent)
/// are in the file. Per subject: name, region, assessed date and source; each scorecard's score,
/// grade, veto and verdict with a table of its indicators; the failures first (in fix order),
/// each with its clause, observed and expected values and its line in the subject file; the missing
/// data and the unanswered manual items as the work still to do; the waivers with their expiry; and
/// lines to sign. The page is in the report's language (`lang="zh-CN"` or `lang="en"`), is usable by
/// keyboard alone, and passes axe-core without violations (`Scripts/validate-outputs.sh` checks it).
///
/// Each subject is written as it arrives.
public struct HTMLReporter: Reporter {
    /// The `--format` name: `html`.
    public static let identifier = "html"

    private let context: ReportContext
    private let words: ReportWords
    private var count = 0
    /// Which indicators cover each clause, kept for every subject written.
    private let coverage = FixPlanCoverage()

    /// Creates a reporter in the context's language.
    public init(context: ReportContext) {
        self.context = context
        words = ReportWords(language: context.language)
    }

    public mutating func begin(to output: any ReportOutput) throws {
        let title = words.t("无障碍与适老化评估报告", "Accessibility and age-friendliness assessment report")
        try output.write("""
        <!DOCTYPE html>
        <html lang="\(words.t("zh-CN", "en"))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="\(MarkupText.attribute("\(context.generator.name) \(context.generator.version)"))">
        <title>\(title)</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        <a class="skip" href="#main">\(words.t("跳到报告正文", "Skip to the report"))</a>
        <header>
        <h1>\(title)</h1>
        <p class="tool">\(words.t("由 \(MarkupText.escape(context.generator.name)) \(MarkupText.escape(context.generator.version)) 依据所载标准目录生成；“无法判定”和“待人工核查”的项目不计为通过。", "Made by \(MarkupText.escape(context.generator.name)) \(MarkupText.escape(context.generator.version)) from the loaded catalogs; checks that cannot be decided or are not yet answered never count as passed."))</p>
        </header>
        <main id="main">

        """)
    }

    public mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
        count += 1
        try output.write(HTMLSubjectSection(result: result, number: count, context: context, coverage: coverage).html)
    }

    public mutating func end(to output: any ReportOutput) throws {
        var tail = ""
        if count == 0 { tail += "<p>\(words.t("没有评估对象。", "No subject was evaluated."))</p>\n" }
        tail += """
        </main>
        <footer>
        <p>\(words.t("本报告中的数值取自数据文件；标注“暂定”的得分和等级在补齐数据前不是最终结果。", "Figures come from the subject files; scores and grades marked provisional are not final until the missing data are supplied."))</p>
        </footer>
        </body>
        </html>

        """
        try output.write(tail)
    }
}
