import A11yRules

/// The rules and taxa a SARIF run refers to, numbered in order of first use.
///
/// Bounded by the catalog, never by the number of subjects: each rule and clause is kept once.
struct SARIFRuleTable {
    /// A rule (or manual clause) as results refer to it.
    private struct RuleEntry {
        var id: String
        var rule: String?
        var clause: String
        var severity: Severity
        var taxonomy: Int
        var taxon: Int
    }

    /// One standard's (or scorecard's) clause hierarchy.
    private struct Taxonomy {
        var name: String
        var taxa: [String] = []
        var index: [String: Int] = [:]
    }

    private var entries: [RuleEntry] = []
    private var ruleIndex: [String: Int] = [:]
    private var taxonomies: [Taxonomy] = []
    private var taxonomyIndex: [String: Int] = [:]

    /// The index in `tool.driver.rules` of the finding's rule, adding it on first use.
    mutating func index(of finding: Finding, catalog: Catalog) -> Int {
        let id = finding.rule ?? finding.clause
        if let index = ruleIndex[id] { return index }
        let (owner, number) = Self.split(finding.clause)
        let t = taxonomy(owner)
        let taxon = self.taxon(number, in: t)
        entries.append(RuleEntry(id: id, rule: finding.rule, clause: finding.clause, severity: finding.severity, taxonomy: t, taxon: taxon))
        ruleIndex[id] = entries.count - 1
        return entries.count - 1
    }

    private mutating func taxonomy(_ name: String) -> Int {
        if let index = taxonomyIndex[name] { return index }
        taxonomies.append(Taxonomy(name: name))
        taxonomyIndex[name] = taxonomies.count - 1
        return taxonomies.count - 1
    }

    /// The taxon of a clause number, adding it and its parents (`3.4.4` → `3.4` → `3`).
    private mutating func taxon(_ number: String, in t: Int) -> Int {
        if let index = taxonomies[t].index[number] { return index }
        if let parent = Self.parent(of: number) { _ = taxon(parent, in: t) }
        taxonomies[t].taxa.append(number)
        taxonomies[t].index[number] = taxonomies[t].taxa.count - 1
        return taxonomies[t].taxa.count - 1
    }

    /// `GB50763-2012:3.4.4` → (`GB50763-2012`, `3.4.4`).
    static func split(_ clause: String) -> (owner: String, number: String) {
        guard let colon = clause.firstIndex(of: ":") else { return (clause, clause) }
        return (String(clause[..<colon]), String(clause[clause.index(after: colon)...]))
    }

    /// `3.4.4` → `3.4`; nil for a top-level number.
    static func parent(of number: String) -> String? {
        guard let dot = number.lastIndex(of: "."), dot != number.startIndex else { return nil }
        return String(number[..<dot])
    }

    var taxonomyReferences: [JSONValue] {
        taxonomies.enumerated().map { .object([("name", .string($0.element.name)), ("index", .number(Double($0.offset)))]) }
    }

    /// `tool.driver.rules`, in index order.
    func descriptors(language: Language, catalog: Catalog) -> [JSONValue] {
        entries.map { entry in
            let clause = catalog.clause(entry.clause)
            let rule = entry.rule.flatMap(catalog.rule)
            let (owner, number) = Self.split(entry.clause)
            let standard = catalog.standard(owner)
            let scorecard = standard == nil ? catalog.scorecard(owner) : nil
            let indicator = scorecard?.indicators.first { $0.id == number }
            let title = clause?.title ?? indicator?.title ?? LocalizedText()
            let help = LocalizedText(zh: Self.help(.zh, entry: entry, clause: clause, rule: rule, title: title),
                                     en: Self.help(.en, entry: entry, clause: clause, rule: rule, title: title))
            let short = rule?.title.text(in: language) ?? title.text(in: language) ?? entry.id
            let full = [entry.clause, title.text(in: language)].compactMap { $0 }.joined(separator: " ")
            var fields: [(String, JSONValue)] = [
                ("id", .string(entry.id)),
                ("shortDescription", .object([("text", .string(short))])),
                ("fullDescription", .object([("text", .string(full))])),
                ("help", .object([("text", .string(help.text(in: language) ?? entry.id))])),
            ]
            if let url = clause?.provenance.url ?? standard?.url { fields.append(("helpUri", .string(url))) }
            fields.append(("defaultConfiguration", .object([("level", .string(entry.severity.rawValue))])))
            fields.append(("relationships", .array([.object([
                ("target", .object([
                    ("id", .string(taxonomies[entry.taxonomy].taxa[entry.taxon])),
                    ("index", .number(Double(entry.taxon))),
                    ("toolComponent", .object([("name", .string(taxonomies[entry.taxonomy].name)), ("index", .number(Double(entry.taxonomy)))])),
                ])),
                ("kinds", ["relevant"]),
            ])])))
            var tags: [JSONValue] = ["accessibility"]
            if clause?.isMandatory == true { tags.append("mandatory") }
            if clause?.isManual == true { tags.append("manual") }
            fields.append(("properties", .object([
                ("clause", .string(entry.clause)),
                ("standard", .string(owner)),
                ("obligation", .optional(clause?.obligation.rawValue)),
                ("mandatory", .bool(clause?.isMandatory ?? false)),
                ("confidence", .optional(clause?.provenance.confidence?.rawValue)),
                ("help", .object([("zh", .optional(help.zh)), ("en", .optional(help.en))])),
                ("tags", .array(tags)),
            ])))
            return .object(fields)
        }
    }

    /// The help text: the clause, its obligation, and what is checked (or asked).
    private static func help(_ language: Language, entry: RuleEntry, clause: Clause?, rule: Rule?, title: LocalizedText) -> String {
        let words = ReportWords(language: language)
        var text = entry.clause
        if let title = title.text(in: language) { text += " " + title }
        if let clause {
            text += words.t("（\(clause.obligation.rawValue)", " (\(clause.obligation.rawValue)") + (clause.isMandatory ? words.t("，强制性条文", ", mandatory provision") : "") + words.t("）", ")")
        }
        if let rule {
            text += words.t("。检查：", ". Checks: ") + rule.check.source
            if let when = rule.when { text += words.t("（当 \(when.source)）", " (when \(when.source))") }
        } else if let question = clause?.question?.text(in: language) {
            text += words.t("。人工核查：", ". Asked of a person: ") + question
        }
        return text
    }

    /// `run.taxonomies`, in index order.
    func taxonomies(language: Language, catalog: Catalog) -> [JSONValue] {
        taxonomies.enumerated().map { position, taxonomy in
            let component: JSONValue = .object([("name", .string(taxonomy.name)), ("index", .number(Double(position)))])
            let standard = catalog.standard(taxonomy.name)
            let scorecard = standard == nil ? catalog.scorecard(taxonomy.name) : nil
            var fields: [(String, JSONValue)] = [("name", .string(taxonomy.name))]
            if let title = (standard?.title ?? scorecard?.title)?.text(in: language) { fields.append(("fullName", .string(title))) }
            if let url = standard?.url { fields.append(("informationUri", .string(url))) }
            fields.append(("isComprehensive", false))
            fields.append(("taxa", .array(taxonomy.taxa.map { number in
                var taxon: [(String, JSONValue)] = [("id", .string(number))]
                let title = catalog.clause("\(taxonomy.name):\(number)")?.title ?? scorecard?.indicators.first { $0.id == number }?.title
                if let text = title?.text(in: language) { taxon.append(("shortDescription", .object([("text", .string(text))]))) }
                if let parent = Self.parent(of: number), let index = taxonomy.index[parent] {
                    taxon.append(("relationships", .array([.object([
                        ("target", .object([("id", .string(parent)), ("index", .number(Double(index))), ("toolComponent", component)])),
                        ("kinds", ["subset"]),
                    ])])))
                }
                return .object(taxon)
            })))
            return .object(fields)
        }
    }
}
