import A11yRules

extension Catalog {
    /// The title of a clause, or of a scorecard indicator for an indicator's own rules
    /// (`QY2022-hall:2.1.2-functions`).
    func title(ofClause id: String) -> LocalizedText? {
        if let clause = clause(id) { return clause.title }
        let (owner, number) = SARIFRuleTable.split(id)
        return scorecard(owner)?.indicators.first { $0.id == number }?.title
    }

    /// The title a person reads for a check (a clause id or a full rule id): its clause's or indicator's
    /// title, followed by the rule's own `title:` when the rule has one (`二(四)1 手语翻译、盲文翻译等专业人员：配备盲文翻译人员`).
    /// An indicator's own rules are titled like any clause's.
    func title(ofCheck id: String) -> LocalizedText? {
        let clauseID = rule(id)?.clauseID ?? String(id.split(separator: "#", maxSplits: 1).first ?? Substring(id))
        let owner = title(ofClause: clauseID)
        guard let ruleTitle = rule(id)?.title, !ruleTitle.isEmpty else { return owner }
        guard let owner, !owner.isEmpty else { return ruleTitle }
        func joined(_ a: String?, _ b: String?, _ separator: String) -> String? {
            guard let a else { return b }
            return b.map { a + separator + $0 } ?? a
        }
        return LocalizedText(zh: joined(owner.zh, ruleTitle.zh, "："), en: joined(owner.en, ruleTitle.en, ": "))
    }

    /// ``title(ofCheck:)`` for a finding's rule, or its clause for a manual item.
    func title(of finding: Finding) -> LocalizedText? { title(ofCheck: finding.rule ?? finding.clause) }
}
