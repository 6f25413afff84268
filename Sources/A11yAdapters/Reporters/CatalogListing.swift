import A11yRules

/// What the loaded catalogs cover: standards, their clauses and scorecards, as text or JSON
/// (`a11y-rules catalog`).
public struct CatalogListing: Sendable {
    /// The language titles are listed in (JSON output always carries both).
    public var language: Language

    /// Creates a listing.
    public init(language: Language = .zh) {
        self.language = language
    }

    /// A table per standard and per scorecard.
    public func text(_ catalog: Catalog) -> String {
        var out = ""
        for standard in catalog.standards {
            let rules = standard.clauses.reduce(0) { $0 + $1.rules.count }
            let manual = standard.clauses.filter(\.isManual).count
            out += "\(standard.id)  \(standard.title.text(in: language) ?? "")  [\(standard.status.rawValue)]  \(standard.clauses.count) clauses, \(rules) rules, \(manual) manual\n"
            for clause in standard.clauses {
                let defaults = clause.rules.filter(\.isLibraryDefault).count
                let flags = [clause.isMandatory ? "mandatory" : nil, clause.provenance.confidence?.rawValue,
                             defaults > 0 ? "\(defaults) default" : nil].compactMap { $0 }.joined(separator: ", ")
                let checks = clause.isManual ? "manual" : "\(clause.rules.count) rule\(clause.rules.count == 1 ? "" : "s")"
                out += "  \(clause.number.padding(12))\(clause.obligation.rawValue.padding(7))\(checks.padding(9))\(flags.isEmpty ? "" : "(\(flags)) ")\(clause.title.text(in: language) ?? "")\n"
            }
        }
        for scorecard in catalog.scorecards {
            let total = scorecard.indicators.reduce(0) { $0 + $1.points }
            out += "\(scorecard.id)  \(scorecard.title.text(in: language) ?? "")  (subject: \(scorecard.subjectKind), \(scorecard.indicators.count) indicators, \(QuantityFormat.number(total)) points)\n"
            for indicator in scorecard.indicators {
                let lead = indicator.lead.text(in: language).map { "  lead: \($0)" } ?? ""
                let defaults = indicator.rules.filter(\.isLibraryDefault).count
                let flag = defaults > 0 ? "(\(defaults) default) " : ""
                out += "  \(indicator.id.padding(8))\(QuantityFormat.number(indicator.points).padding(5))\(indicator.scoring.description.padding(7))\(indicator.isVeto ? "veto " : "")\(flag)\(indicator.title.text(in: language) ?? "")\(lead)\n"
            }
        }
        return out
    }

    /// The same as JSON: `{"format": "a11y-rules/catalog", "version": 1, "standards": [...], "scorecards": [...]}`.
    public func json(_ catalog: Catalog) -> JSONValue {
        func localized(_ t: LocalizedText) -> JSONValue { .object([("zh", .optional(t.zh)), ("en", .optional(t.en))]) }
        // Rules whose check holds a library default with no source, with the text saying what to set.
        func defaultRules(_ rules: [Rule]) -> JSONValue {
            .array(rules.filter(\.isLibraryDefault).map { .object([("rule", .string($0.fullID)), ("default", localized($0.libraryDefault))]) })
        }
        return .object([
            ("format", "a11y-rules/catalog"),
            ("version", 1),
            ("standards", .array(catalog.standards.map { standard in
                .object([
                    ("id", .string(standard.id)), ("title", localized(standard.title)),
                    ("type", .optional(standard.kind?.rawValue)), ("status", .string(standard.status.rawValue)),
                    ("superseded_by", .array(standard.supersededBy.map(JSONValue.string))),
                    ("vocabulary", .optional(standard.vocabulary)),
                    ("clause_count", .number(Double(standard.clauses.count))),
                    ("clauses", .array(standard.clauses.map { clause in
                        .object([
                            ("id", .string(clause.id)), ("title", localized(clause.title)),
                            ("obligation", .string(clause.obligation.rawValue)), ("mandatory", .bool(clause.isMandatory)),
                            ("confidence", .optional(clause.provenance.confidence?.rawValue)),
                            ("rule_count", .number(Double(clause.rules.count))), ("manual", .bool(clause.isManual)),
                            ("default_rules", defaultRules(clause.rules)),
                            ("superseded_by", .array(clause.supersededBy.map(JSONValue.string))),
                        ])
                    })),
                ])
            })),
            ("scorecards", .array(catalog.scorecards.map { scorecard in
                .object([
                    ("id", .string(scorecard.id)), ("title", localized(scorecard.title)), ("subject", .string(scorecard.subjectKind)),
                    ("pass_mark", scorecard.passMark.map(JSONValue.number) ?? .null),
                    ("extends", .optional(scorecard.extends)),
                    ("weights", .object(Obligation.allCases.map { ($0.rawValue, .number(scorecard.weights.weight(of: $0))) })),
                    ("indicators", .array(scorecard.indicators.map { indicator in
                        .object([
                            ("id", .string(indicator.id)), ("title", localized(indicator.title)), ("lead", localized(indicator.lead)),
                            ("points", .number(indicator.points)), ("scoring", .string(indicator.scoring.description)),
                            ("veto", .bool(indicator.isVeto)), ("includes", .array(indicator.includes.map(JSONValue.string))),
                            ("rule_count", .number(Double(indicator.rules.count))),
                            ("requires", .array(indicator.requirements.map { .string($0.check.source) })),
                            ("default_rules", defaultRules(indicator.rules)),
                        ])
                    })),
                ])
            })),
        ])
    }
}

extension String {
    /// Left-aligned in a column of `width` characters (at least one space after).
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
