import A11yRules

/// The words reports share, in the report's language: outcome and severity labels, yes and no.
struct ReportWords {
    let language: Language

    /// The Chinese or the English text.
    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// A localized text in the report's language, or `fallback`.
    func text(_ localized: LocalizedText?, or fallback: String = "") -> String {
        localized?.text(in: language) ?? fallback
    }

    func outcome(_ outcome: Outcome) -> String {
        switch outcome {
        case .passed: return t("通过", "passed")
        case .failed: return t("不通过", "failed")
        case .inapplicable: return t("不适用", "inapplicable")
        case .cantTell: return t("无法判定", "cannot tell")
        case .untested: return t("未核查", "untested")
        }
    }

    func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return t("错误", "error")
        case .warning: return t("警告", "warning")
        case .note: return t("提示", "note")
        }
    }

    func yesNo(_ value: Bool) -> String { value ? t("是", "yes") : t("否", "no") }

    /// `text` continued by `separator` and `more`, e.g. `text；实测 …` or `text, until …`. When `text` already
    /// ends a sentence (`…计划。`, `…设施？`), the separator's own mark is left out so that no two marks
    /// meet (`。，`, `？；`); in English the continuation then starts a new sentence.
    func continuing(_ text: String, _ separator: String, _ more: String) -> String {
        guard let last = text.last, "。！？.!?".contains(last) else { return text + separator + more }
        var rest = Substring(separator + more)
        while let first = rest.first, "，；,; ".contains(first) { rest = rest.dropFirst() }
        guard language == .en, let first = rest.first else { return text + rest }
        return text + " " + first.uppercased() + rest.dropFirst()
    }

    /// `ramp west-annex`, or the subject id for a subject rule.
    func instance(_ finding: Finding) -> String {
        finding.part.map { "\($0) \(finding.instance)" } ?? finding.instance
    }

    /// `slope = 1:10, rise = 0.70 m`.
    func observed(_ finding: Finding) -> String {
        finding.observed.map { "\($0.name) = \($0.value)" }.joined(separator: t("，", ", "))
    }

    /// The verdict of a scorecard: passed, not passed, or not decided while data are missing.
    ///
    /// An incomplete result says where the missing data can take it: passing whatever they show
    /// (``ScorecardResult/passedAtMin``), able to pass (``ScorecardResult/passedAtMax``), or not.
    func verdict(_ card: ScorecardResult) -> String {
        if card.passed { return t("通过", "passed") }
        if card.vetoed { return t("未通过（否决项）", "not passed (veto)") }
        if card.isComplete { return t("未通过", "not passed") }
        if card.passedAtMin { return t("待定：补齐数据后仍通过", "undecided: passes whatever the missing data show") }
        if card.passedAtMax { return t("待定：补齐数据后可能通过", "undecided: can still pass with the missing data") }
        return t("未通过：补齐数据也达不到", "not passed, even with the missing data")
    }

    /// The grade, marked provisional when data are missing; `-` when none is reached.
    /// An incomplete result whose bounds earn different grades shows both (`良好–优秀（暂定）`).
    func grade(_ card: ScorecardResult) -> String {
        let none = t("无", "none")
        guard !card.isComplete else { return card.grade?.text(in: language) ?? none }
        let low = card.gradeAtMin?.text(in: language) ?? none, high = card.gradeAtMax?.text(in: language) ?? none
        let grade = low == high ? (card.grade?.text(in: language) ?? low) : "\(low)–\(high)"
        return t("\(grade)（暂定）", "\(grade) (provisional)")
    }

    /// The subject's name in the report's language, or its id.
    func name(_ result: SubjectResult) -> String { result.name.text(in: language) ?? result.id }

    /// A short explanation of an undecided or failed finding: the message, else the reason, else what is missing.
    func explanation(_ finding: Finding) -> String {
        if finding.outcome == .failed, let message = finding.message?.text(in: language) { return message }
        if let reason = finding.reason?.text(in: language) { return reason }
        if !finding.missing.isEmpty { return t("缺少：", "missing: ") + finding.missing.joined(separator: ", ") }
        if let message = finding.message?.text(in: language) { return message }
        return outcome(finding.outcome)
    }
}
