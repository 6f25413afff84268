import A11yRules

extension Catalog {
    /// The title of a clause, or of a scorecard indicator for an indicator's own rules
    /// (`QY2022-hall:2.1.2-functions`).
    func title(ofClause id: String) -> LocalizedText? {
        if let clause = clause(id) { return clause.title }
        let (owner, number) = SARIFRuleTable.split(id)
        return scorecard(owner)?.indicators.first { $0.id == number }?.title
    }
}
