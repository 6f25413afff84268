import A11yRules

extension TextReporter {
    /// A scorecard's lines: the score (with its range while checks are undecided), grade and verdict, one
    /// line per indicator, then the undecided checks that stand between the subject and passing.
    func scorecard(_ card: ScorecardResult, into out: inout String, catalog: Catalog) {
        let title = catalog.scorecard(card.id)?.title.text(in: language).map { " \($0)" } ?? ""
        var line = "  \(card.id)\(title): \(QuantityFormat.number(card.score))"
        if card.isRange {
            let range = "\(QuantityFormat.number(card.scoreMin))–\(QuantityFormat.number(card.scoreMax))"
            let count = card.undecidedCount
            line += t("（\(range)，待 \(count) 项判定后确定）", " (\(range) once \(count) \(count == 1 ? "check is" : "checks are") decided)")
        }
        line += " / 100"
        if let grade = card.grade?.text(in: language) {
            line += card.isComplete ? " — \(grade)" : t(" — 暂定等级：\(grade)", " — provisional grade: \(grade)")
        }
        if let mark = card.passMark { line += t("（合格线 \(QuantityFormat.number(mark))）", " (pass mark \(QuantityFormat.number(mark)))") }
        line += card.passed ? t(" 通过", " PASSED") : t(" 未通过", " NOT PASSED")
        if card.vetoed { line += t("（否决项未达标）", " (a veto indicator failed)") }
        if !card.isComplete {
            line += card.passedAtMin ? t("；数据不全，得分为暂定，但判定后必定通过", "; incomplete: the score is provisional, but the subject will pass once decided")
                : card.passedAtMax ? t("；数据不全，得分为暂定，判定后可能通过", "; incomplete: the score is provisional; it can still pass once decided")
                : t("；数据不全，得分为暂定，判定后也不能通过", "; incomplete: the score is provisional; it cannot pass whatever is decided")
        }
        out += line + "\n"
        for indicator in card.indicators { out += self.indicator(indicator) }
        if !card.isComplete { blocking(card, into: &out, catalog: catalog) }
    }

    private func indicator(_ indicator: IndicatorResult) -> String {
        let title = indicator.title.text(in: language).map { " \($0)" } ?? ""
        let status = indicator.applicable
            ? "\(QuantityFormat.number(indicator.score))/\(QuantityFormat.number(indicator.points))"
            : t("不适用（合理缺项）", "not applicable (rescaled)")
        var counts = t("通过 \(indicator.passed)，不通过 \(indicator.failed)", "\(indicator.passed) passed, \(indicator.failed) failed")
        if indicator.undecided > 0 { counts += t("，待定 \(indicator.undecided)", ", \(indicator.undecided) undecided") }
        if indicator.waived > 0 { counts += t("，豁免 \(indicator.waived)", ", \(indicator.waived) waived") }
        if !indicator.corroborating.isEmpty {
            let n = indicator.corroborating.count
            counts += t("，同一缺陷的佐证 \(n) 项不重复计分", ", \(n) corroborating \(n == 1 ? "finding" : "findings") not counted again")
        }
        if indicator.applicable, indicator.scoreMin != indicator.score || indicator.scoreMax != indicator.score {
            let range = "\(QuantityFormat.number(indicator.scoreMin))–\(QuantityFormat.number(indicator.scoreMax))"
            counts += t("；判定后 \(range)", "; \(range) once decided")
        }
        if let why = indicator.explanation?.text.text(in: language) { counts += t("；", "; ") + why }
        return "    \(indicator.id)\(title): \(status) (\(counts))\(indicator.vetoFailed ? t(" 否决", " VETO") : "")\n"
    }

    /// The undecided checks of the applicable indicators, manual items first, by clause (or rule) and title.
    private func blocking(_ card: ScorecardResult, into out: inout String, catalog: Catalog) {
        var manual: [String] = [], data: [String] = []
        for indicator in card.indicators where indicator.applicable {
            for id in indicator.undecidedChecks {
                if id.contains("#") { if !data.contains(id) { data.append(id) } } else if !manual.contains(id) { manual.append(id) }
            }
        }
        func describe(_ id: String) -> String {
            if id.hasSuffix("#when") { return "    \(id) " + t("（适用条件无法判定）", "(its condition cannot be told)") + "\n" }
            let title = catalog.title(ofCheck: id)?.text(in: language).map { " \($0)" } ?? ""
            return "      \(id)\(title)\n"
        }
        if !manual.isEmpty {
            out += "    " + t("须人工作答 \(manual.count) 项方可判定是否通过：", "\(manual.count) manual \(manual.count == 1 ? "item" : "items") must be answered before the subject can pass:") + "\n"
            for id in manual { out += describe(id) }
        }
        if !data.isEmpty {
            out += "    " + t("须补充数据 \(data.count) 项方可判定是否通过：", "\(data.count) \(data.count == 1 ? "check needs" : "checks need") data before the subject can pass:") + "\n"
            for id in data { out += describe(id) }
        }
    }
}
