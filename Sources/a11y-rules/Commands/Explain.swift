import ArgumentParser
import A11yRules
import A11yAdapters

/// `a11y-rules explain ID`: shows a standard, clause, rule or scorecard.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a clause or rule: its text, obligation, provenance, checks and examples.",
        discussion: "ID is a standard (GB50763-2012), a clause (GB50763-2012:3.4.4), a rule (GB50763-2012:3.4.4#ramp-rise) or a scorecard (QY2022-hall).")

    @Argument(help: "The id to explain.")
    var id: String

    @OptionGroup var catalog: CatalogOptions

    @Option(help: "Language of titles and messages.")
    var lang: Language = .zh

    func run() throws {
        let workspace = try catalog.checkedWorkspace()
        let catalog = workspace.catalog
        let text: String
        if let rule = catalog.rule(id) {
            text = CatalogDescription(language: lang).rule(rule, clause: catalog.clause(rule.clauseID))
        } else if let clause = catalog.clause(id) {
            text = CatalogDescription(language: lang).clause(clause, standard: catalog.standard(ofClause: id))
        } else if let standard = catalog.standard(id) {
            text = CatalogDescription(language: lang).standard(standard)
        } else if let scorecard = catalog.scorecard(id) {
            text = CatalogDescription(language: lang).scorecard(scorecard)
        } else {
            let ids = catalog.knownIDs.union(catalog.standards.map(\.id)).union(catalog.scorecards.map(\.id))
            let suggestion = Suggestion.closest(to: id, in: ids).map { " (did you mean '\($0)'?)" } ?? ""
            throw ValidationError("no standard, clause, rule or scorecard '\(id)'\(suggestion)")
        }
        Output.print(text)
    }
}
