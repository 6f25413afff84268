import ArgumentParser
import A11yRules
import A11yAdapters

/// `a11y-rules explain ID`: shows a standard, clause, rule or scorecard.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a standard, clause, rule, scorecard, indicator, vocabulary, part kind, attribute or table.",
        discussion: """
            ID is a standard (GB50763-2012), a clause (GB50763-2012:3.4.4), a rule (GB50763-2012:3.4.4#ramp-rise), \
            a scorecard (QY2022-hall), an indicator (QY2022-hall:2.1.1-lift), a vocabulary (facility), a part kind \
            (facility.ramp), a fact or attribute (facility.ramp.slope) or a table (GB50763-2012:ramp-max-rise, or \
            ramp-max-rise alone when one standard has it). Vocabularies show each attribute's type, units and values.
            """)

    @Argument(help: "The id to explain.")
    var id: String

    @OptionGroup var catalog: CatalogOptions

    @Option(help: "Language of titles and messages.")
    var lang: Language = .zh

    func run() throws {
        let workspace = try catalog.checkedWorkspace()
        let catalog = workspace.catalog
        let describe = CatalogDescription(language: lang)
        let text: String
        if let rule = catalog.rule(id) {
            text = describe.rule(rule, clause: catalog.clause(rule.clauseID))
        } else if let clause = catalog.clause(id) {
            text = describe.clause(clause, standard: catalog.standard(ofClause: id))
        } else if let standard = catalog.standard(id) {
            text = describe.standard(standard)
        } else if let scorecard = catalog.scorecard(id) {
            text = describe.scorecard(scorecard)
        } else if let entry = Self.entry(id, in: catalog) {
            text = entry.describe(describe, catalog)
        } else {
            let ids = catalog.knownIDs.union(catalog.standards.map(\.id)).union(catalog.scorecards.map(\.id)).union(Self.entryIDs(catalog))
            let suggestion = Suggestion.closest(to: id, in: ids).map { " (did you mean '\($0)'?)" } ?? ""
            throw ValidationError("no standard, clause, rule, scorecard, indicator, vocabulary, part kind, attribute or table '\(id)'\(suggestion)")
        }
        Output.print(text)
    }

    /// What an id names besides standards, clauses, rules and scorecards.
    private struct Entry {
        var describe: (CatalogDescription, Catalog) -> String
    }

    /// `SCORECARD:INDICATOR`, `VOCABULARY`, `VOCABULARY.PART`, `VOCABULARY.FACT`, `VOCABULARY.PART.ATTRIBUTE`,
    /// `STANDARD:TABLE` or a table name that only one standard uses.
    private static func entry(_ id: String, in catalog: Catalog) -> Entry? {
        if let colon = id.firstIndex(of: ":") {
            let owner = String(id[..<colon]), name = String(id[id.index(after: colon)...])
            if let scorecard = catalog.scorecard(owner), let indicator = scorecard.indicators.first(where: { $0.id == name }) {
                return Entry { $0.indicator(indicator, scorecard: scorecard, catalog: $1) }
            }
            if let standard = catalog.standard(owner), let table = standard.tables.first(where: { $0.name == name }) {
                return Entry { description, _ in description.table(table, standard: standard) }
            }
            return nil
        }
        let path = id.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if let vocabulary = catalog.vocabularies[path[0]] {
            switch path.count {
            case 1: return Entry { description, _ in description.vocabulary(vocabulary) }
            case 2:
                if let part = vocabulary.part(path[1]) { return Entry { description, _ in description.part(part, vocabulary: vocabulary) } }
                if let fact = vocabulary.fact(path[1]) { return Entry { description, _ in description.attribute(fact, owner: vocabulary.id) } }
            case 3:
                if let part = vocabulary.part(path[1]), let attribute = part.attribute(path[2]) {
                    return Entry { description, _ in description.attribute(attribute, owner: "\(vocabulary.id).\(part.name)") }
                }
            default: break
            }
            return nil
        }
        let owners = catalog.standards.filter { $0.tables.contains { $0.name == id } }
        if owners.count == 1, let standard = owners.first, let table = standard.tables.first(where: { $0.name == id }) {
            return Entry { description, _ in description.table(table, standard: standard) }
        }
        return nil
    }

    /// Every id ``entry(_:in:)`` knows, for suggestions.
    private static func entryIDs(_ catalog: Catalog) -> [String] {
        var ids: [String] = []
        for scorecard in catalog.scorecards { ids += scorecard.indicators.map { "\(scorecard.id):\($0.id)" } }
        for standard in catalog.standards { ids += standard.tables.map { "\(standard.id):\($0.name)" } }
        for vocabulary in catalog.vocabularies.values {
            ids.append(vocabulary.id)
            ids += vocabulary.facts.map { "\(vocabulary.id).\($0.name)" }
            for part in vocabulary.parts {
                ids.append("\(vocabulary.id).\(part.name)")
                ids += part.attributes.map { "\(vocabulary.id).\(part.name).\($0.name)" }
            }
        }
        return ids
    }
}
