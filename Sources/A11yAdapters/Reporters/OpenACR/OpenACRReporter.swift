import A11yRules

/// The `openacr` format: a GSA OpenACR report (YAML, catalog `2.4-edition-wcag-2.0-508-en`) for the
/// websites and apps in the results.
///
/// Each WCAG 2.0 success criterion gets one component per kind of subject (`web` for websites,
/// `software` for apps), whose adherence is computed from the findings of clause `WCAG20:N` over all
/// those subjects (waived failures count as failures: a waiver changes a score, not conformance):
///
/// - no finding at all → `not-evaluated`;
/// - only inapplicable findings → `not-applicable`;
/// - some failed and some passed → `partially-supports`; some failed and none passed → `does-not-support`;
/// - none failed but some undecided (cantTell, untested) → `not-evaluated` — never `supports` without
///   evidence (VPAT 2.4 reserves Not Evaluated for level AAA, so the report's notes then say it is
///   incomplete and must not be published as it is);
/// - only passed (and inapplicable) findings → `supports`.
///
/// The notes name the failing pages or screens (subject and instance, at most ten per criterion).
/// Subjects of other kinds (facilities) are left out and named in the report's notes. Only counters
/// per criterion are kept between subjects; the YAML is written at the end.
public struct OpenACRReporter: Reporter {
    /// The `--format` name: `openacr`.
    public static let identifier = "openacr"
    /// The OpenACR catalog the report follows.
    public static let catalogName = "2.4-edition-wcag-2.0-508-en"

    private struct Tally {
        var passed = 0, failed = 0, inapplicable = 0, undecided = 0
        var failing: [String] = []
        var undecidedPlaces: [String] = []
        var isEmpty: Bool { passed + failed + inapplicable + undecided == 0 }
    }

    private let context: ReportContext
    private let words: ReportWords
    private var tallies: [String: Tally] = [:]
    private var components: [String] = []
    private var included: [String] = []
    private var includedCount = 0
    private var excluded: [String] = []
    private var excludedCount = 0
    private var latest: Day?
    private static let listed = 10

    /// Creates a reporter in the context's language (used for the notes).
    public init(context: ReportContext) {
        self.context = context
        words = ReportWords(language: context.language)
    }

    /// The OpenACR component for a subject kind: `web`, `software`, or nil for a kind that is neither.
    func component(ofKind kind: String) -> String? {
        let lineage = context.catalog.lineage(of: kind)
        if lineage.contains("website") || kind == "website" { return "web" }
        if lineage.contains("app") || kind == "app" { return "software" }
        return nil
    }

    public mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
        guard let component = component(ofKind: result.kind) else {
            excludedCount += 1
            if excluded.count < Self.listed { excluded.append(result.id) }
            return
        }
        includedCount += 1
        if included.count < Self.listed { included.append(words.name(result)) }
        if !components.contains(component) { components.append(component) }
        if let assessed = result.assessed, latest.map({ assessed > $0 }) ?? true { latest = assessed }
        for finding in result.findings where finding.clause.hasPrefix("WCAG20:") {
            let key = "\(finding.clause.dropFirst("WCAG20:".count))|\(component)"
            var tally = tallies[key] ?? Tally()
            let place = (finding.part == nil ? result.id : "\(result.id) \(words.instance(finding))") + (finding.rule.map { " (\($0))" } ?? "")
            switch finding.outcome {
            case .passed: tally.passed += 1
            case .failed:
                tally.failed += 1
                if tally.failing.count < Self.listed { tally.failing.append(place) }
            case .inapplicable: tally.inapplicable += 1
            case .cantTell, .untested:
                tally.undecided += 1
                if tally.undecidedPlaces.count < Self.listed { tally.undecidedPlaces.append(place) }
            }
            tallies[key] = tally
        }
    }

    public mutating func end(to output: any ReportOutput) throws {
        let q = YAMLScalar.quoted
        if components.isEmpty { components = ["web"] }
        var incompleteAA = 0
        var chapters = ""
        for (chapter, level, criteria) in WCAG20Criteria.chapters {
            chapters += "  \(chapter):\n    notes: \(q(words.t("WCAG 2.0 \(level) 级成功准则。", "WCAG 2.0 level \(level) success criteria.")))\n    criteria:\n"
            for number in criteria {
                chapters += "      - num: \(q(number))\n        components:\n"
                for component in components {
                    let tally = tallies["\(number)|\(component)"] ?? Tally()
                    let (term, notes) = adherence(tally)
                    if term == "not-evaluated" && level != "AAA" { incompleteAA += 1 }
                    chapters += "          - name: \(q(component))\n            adherence:\n              level: \(q(term))\n              notes: \(q(notes))\n"
                }
            }
        }
        var notes: [String] = []
        notes.append(words.t(
            "由 a11y-rules 依据数据文件中的测量值和人工核查记录生成；各准则的支持程度按“Reports and formats”文档所述规则从检查结果计算。",
            "Made by a11y-rules from the measurements and answers in the subject files; each criterion's adherence is computed from the findings by the rule in the “Reports and formats” article."))
        if incompleteAA > 0 {
            notes.append(words.t(
                "本报告不完整：\(incompleteAA) 项 A/AA 级准则尚未评估（VPAT 2.4 只允许 AAA 级为“未评估”），补齐核查前不应作为符合性声明发布。",
                "This report is incomplete: \(incompleteAA) level A/AA criteria are not evaluated (VPAT 2.4 allows Not Evaluated only for AAA); do not publish it as a conformance claim until they are checked."))
        }
        if excludedCount > 0 {
            let more = excludedCount > excluded.count ? words.t(" 等 \(excludedCount) 个", " and others, \(excludedCount) in all") : ""
            notes.append(words.t("不是网站或应用、未纳入本报告的对象：", "Subjects left out (not websites or apps): ") + excluded.joined(separator: ", ") + more)
        }
        let name: String
        if includedCount == 1, let only = included.first {
            name = only
        } else if includedCount == 0 {
            name = words.t("（没有网站或应用）", "(no website or app)")
        } else {
            name = included.joined(separator: words.t("、", ", ")) + (includedCount > included.count ? words.t(" 等 \(includedCount) 项", " and others, \(includedCount) in all") : "")
        }
        var yaml = "title: \(q(words.t("\(name) 无障碍符合性报告", "\(name) Accessibility Conformance Report")))\n"
        yaml += "product:\n  name: \(q(name))\n  description: \(q(words.t("适老化、无障碍改造评估对象（\(includedCount) 项）", "Subjects of the age-friendly and accessibility retrofit assessment (\(includedCount))")))\n"
        let authorName = context.assessor?.name ?? words.t("评估单位（请填写）", "Assessing organisation (to be filled in)")
        yaml += "author:\n  name: \(q(authorName))\n  email: \(q(context.assessor?.email ?? ""))\n"
        if let latest { yaml += "report_date: \(q(latest.description))\n" }
        yaml += "version: 1\n"
        yaml += "notes: \(q(notes.joined(separator: "\n")))\n"
        yaml += "evaluation_methods_used: \(q(words.t("a11y-rules \(context.generator.version) 对测量数据的自动规则检查，以及记录在数据文件中的人工核查。", "a11y-rules \(context.generator.version): automated rules over measured data, and manual checks recorded in the subject files.")))\n"
        yaml += "license: \(q("CC-BY-4.0"))\n"
        yaml += "catalog: \(q(Self.catalogName))\n"
        yaml += "chapters:\n" + chapters
        try output.write(yaml)
    }

    private func adherence(_ tally: Tally) -> (String, String) {
        func places(_ list: [String], total: Int) -> String {
            list.joined(separator: words.t("；", "; ")) + (total > list.count ? words.t(" 等 \(total) 处", " and \(total - list.count) more") : "")
        }
        if tally.isEmpty { return ("not-evaluated", words.t("未评估：没有对应的检查结果。", "Not evaluated: no finding for this criterion.")) }
        var notes: [String] = []
        if tally.failed > 0 { notes.append(words.t("不通过 \(tally.failed) 处：", "Fails in \(Self.places(tally.failed)): ") + places(tally.failing, total: tally.failed)) }
        if tally.undecided > 0 { notes.append(words.t("待定 \(tally.undecided) 处：", "Undecided in \(Self.places(tally.undecided)): ") + places(tally.undecidedPlaces, total: tally.undecided)) }
        if tally.passed > 0 { notes.append(words.t("通过 \(tally.passed) 处。", "Passes in \(Self.places(tally.passed)).")) }
        let text = notes.joined(separator: words.t("。", ". "))
        if tally.failed > 0 { return (tally.passed > 0 ? "partially-supports" : "does-not-support", text) }
        if tally.undecided > 0 { return ("not-evaluated", words.t("未评估完：", "Not fully evaluated: ") + text) }
        if tally.passed > 0 { return ("supports", text) }
        return ("not-applicable", words.t("不适用（\(tally.inapplicable) 处）。", "Not applicable (\(Self.places(tally.inapplicable)))."))
    }

    /// `1 place`, `3 places`.
    private static func places(_ count: Int) -> String { count == 1 ? "1 place" : "\(count) places" }
}
