import A11yModel
import A11yYAML

/// Decodes `scorecard:` documents (DSL §3), resolving `extends` (a derived scorecard patches its
/// base's indicators by id, adds new ones and `drop`s others) and checking `includes` against the catalog.
struct ScorecardDecoder {
    let vocabularies: [String: Vocabulary]
    let standards: [Standard]
    let log: DiagnosticLog

    static let keys = ["id", "title", "subject", "pass_mark", "grades", "indicators", "note", "extends", "drop", "weights"]
    /// The most points (or points per failure) an indicator may carry, so that sums and rescaling
    /// stay far from overflow (scores themselves are out of 100).
    static let maximumPoints = 1_000_000.0
    static let indicatorKeys = ["id", "title", "lead", "partners", "points", "scoring", "per_failure", "includes", "rules", "veto", "when", "note", "requires"]

    /// A scorecard as written, before `extends` is applied.
    struct Draft {
        var reader: NodeReader
        var node: YAMLNode
        var fields: NodeFields
        var id: String
    }

    func draft(_ node: YAMLNode, reader: NodeReader) -> Draft? {
        guard let fields = reader.fields(node, "a scorecard", allowed: Self.keys, required: ["id"]),
              let id = reader.identifier(fields["id"], "the scorecard id") else { return nil }
        if fields["extends"] == nil {
            for key in ["subject", "indicators"] where fields[key] == nil {
                log.error("catalog.missing-key", "a scorecard needs '\(key)'", at: reader.location(node))
            }
        }
        return Draft(reader: reader, node: node, fields: fields, id: id)
    }

    /// Resolves every draft, bases first.
    func resolve(_ drafts: [Draft]) -> [Scorecard] {
        var byID: [String: Draft] = [:]
        var order: [String] = []
        for draft in drafts {
            if let first = byID[draft.id] {
                log.error("catalog.duplicate-id", "scorecard '\(draft.id)' is defined twice", at: draft.reader.location(draft.node),
                          notes: [DiagnosticNote("first defined here", at: first.reader.location(first.node))])
                continue
            }
            byID[draft.id] = draft
            order.append(draft.id)
        }
        var done: [String: Scorecard] = [:]
        var failed: Set<String> = []
        for id in order {
            _ = build(id, byID: byID, done: &done, failed: &failed, visiting: [])
        }
        return order.compactMap { done[$0] }
    }

    private func build(_ id: String, byID: [String: Draft], done: inout [String: Scorecard], failed: inout Set<String>,
                       visiting: [String]) -> Scorecard? {
        if let scorecard = done[id] { return scorecard }
        if failed.contains(id) { return nil }
        guard let draft = byID[id] else { return nil }
        let reader = draft.reader
        var base: Scorecard?
        if let extendsNode = draft.fields["extends"], let baseID = reader.identifier(extendsNode, "extends") {
            if visiting.contains(baseID) || baseID == id {
                log.error("catalog.cyclic-extends", "scorecard '\(id)' extends itself through \((visiting + [id, baseID]).joined(separator: " → "))",
                          at: reader.location(extendsNode))
                failed.insert(id)
                return nil
            }
            guard byID[baseID] != nil else {
                log.error("catalog.unknown-reference", "scorecard '\(id)' extends unknown scorecard '\(baseID)'", at: reader.location(extendsNode),
                          length: baseID.unicodeScalars.count, suggestion: Suggestion.closest(to: baseID, in: byID.keys))
                failed.insert(id)
                return nil
            }
            base = build(baseID, byID: byID, done: &done, failed: &failed, visiting: visiting + [id])
            if base == nil {
                failed.insert(id)
                return nil
            }
        }
        guard let scorecard = make(draft, base: base) else {
            failed.insert(id)
            return nil
        }
        done[id] = scorecard
        return scorecard
    }

    private func make(_ draft: Draft, base: Scorecard?) -> Scorecard? {
        let reader = draft.reader
        let fields = draft.fields
        var subjectKind = base?.subjectKind
        if let subjectNode = fields["subject"], let kind = reader.identifier(subjectNode, "subject") {
            subjectKind = kind
            if vocabularies[kind] == nil {
                log.error("catalog.unknown-reference", "scorecard '\(draft.id)' scores unknown subject kind '\(kind)'",
                          at: reader.location(subjectNode), length: kind.unicodeScalars.count,
                          suggestion: Suggestion.closest(to: kind, in: vocabularies.keys))
                return nil
            }
        }
        guard let subjectKind, let vocabulary = vocabularies[subjectKind] else { return nil }
        var indicators = base?.indicators ?? []
        for dropNode in reader.list(fields["drop"], "drop", lenient: true) {
            guard let dropID = reader.string(dropNode, "an indicator id") else { continue }
            guard let index = indicators.firstIndex(where: { $0.id == dropID }) else {
                log.error("scorecard.unknown-indicator", "cannot drop '\(dropID)': the base scorecard has no such indicator",
                          at: reader.location(dropNode), suggestion: Suggestion.closest(to: dropID, in: indicators.map(\.id)))
                continue
            }
            indicators.remove(at: index)
        }
        var seen: [String: SourceLocation] = [:]
        for node in reader.list(fields["indicators"], "indicators") {
            guard let indicatorFields = reader.fields(node, "an indicator", allowed: Self.indicatorKeys, required: ["id"]),
                  let id = reader.string(indicatorFields["id"], "the indicator id") else { continue }
            if let first = seen[id] {
                log.error("catalog.duplicate-id", "indicator '\(id)' appears twice in scorecard '\(draft.id)'", at: reader.location(node),
                          notes: [DiagnosticNote("first given here", at: first)])
                continue
            }
            seen[id] = reader.location(node)
            let existing = indicators.firstIndex { $0.id == id }
            guard let indicator = indicator(indicatorFields, node: node, id: id, patching: existing.map { indicators[$0] },
                                            scorecard: draft.id, vocabulary: vocabulary, reader: reader) else { continue }
            if let existing { indicators[existing] = indicator } else { indicators.append(indicator) }
        }
        var grades = base?.grades ?? []
        if let gradesNode = fields["grades"] {
            grades = reader.list(gradesNode, "grades").compactMap { node in
                guard let gradeFields = reader.fields(node, "a grade", allowed: ["min", "zh", "en"], required: ["min"]),
                      let minimum = reader.number(gradeFields["min"], "min", minimum: 0) else { return nil }
                if minimum > 100, let minNode = gradeFields["min"] {
                    // Scores are out of 100 (the applicable indicators are rescaled), so this grade is never given.
                    log.error("scorecard.unreachable-grade", "no score can reach this grade: scores are out of 100, and its min is \(QuantityFormat.number(minimum))",
                              at: reader.location(minNode), length: reader.length(minNode))
                }
                return Grade(minimum: minimum, name: LocalizedText(zh: reader.string(gradeFields["zh"], "zh"), en: reader.string(gradeFields["en"], "en")))
            }
        }
        var passMark = base?.passMark
        if let passNode = fields["pass_mark"] {
            passMark = reader.number(passNode, "pass_mark", minimum: 0, maximum: 100)
            if let mark = passMark, mark > 100 {
                log.error("scorecard.bad-pass-mark", "pass_mark is out of 100, found \(QuantityFormat.number(mark))", at: reader.location(passNode))
            }
        }
        // Rules inherited from a base scorecard are this scorecard's rules now: re-own their ids.
        for index in indicators.indices {
            let owner = "\(draft.id):\(indicators[index].id)"
            func reowned(_ rule: Rule) -> Rule {
                var copy = rule
                copy.clauseID = owner
                copy.fullID = "\(owner)#\(rule.id)"
                return copy
            }
            indicators[index].rules = indicators[index].rules.map(reowned)
            indicators[index].requirements = indicators[index].requirements.map(reowned)
        }
        var weights = base?.weights ?? .default
        if let weightsNode = fields["weights"] { weights = self.weights(weightsNode, base: weights, reader: reader) }
        if indicators.isEmpty {
            log.error("scorecard.no-indicators", "scorecard '\(draft.id)' has no indicators", at: reader.location(draft.node))
        }
        let title = fields["title"].map { reader.localized($0, "title") } ?? base?.title ?? LocalizedText()
        var scorecard = Scorecard(
            id: draft.id, title: title, subjectKind: subjectKind, passMark: passMark, grades: grades, indicators: indicators,
            note: fields["note"].map { reader.localized($0, "note") } ?? base?.note ?? LocalizedText(),
            extends: base?.id, location: reader.location(draft.node))
        scorecard.weights = weights
        return scorecard
    }

    /// `weights: {must, shall, should, may}`: each a number from 0 to 100; a key not given keeps `base`'s weight.
    private func weights(_ node: YAMLNode, base: ObligationWeights, reader: NodeReader) -> ObligationWeights {
        var weights = base
        guard let fields = reader.fields(node, "weights", allowed: Obligation.allCases.map(\.rawValue)) else { return weights }
        for obligation in Obligation.allCases {
            guard let valueNode = fields[obligation.rawValue], let value = reader.number(valueNode, obligation.rawValue, minimum: 0) else { continue }
            guard value <= 100 else {
                log.error("scorecard.bad-weight", "a weight is at most 100, found \(QuantityFormat.number(value)) for '\(obligation.rawValue)'",
                          at: reader.location(valueNode))
                continue
            }
            switch obligation {
            case .must: weights.must = value
            case .shall: weights.shall = value
            case .should: weights.should = value
            case .may: weights.may = value
            }
        }
        return weights
    }

    private func indicator(_ fields: NodeFields, node: YAMLNode, id: String, patching base: Indicator?,
                           scorecard: String, vocabulary: Vocabulary, reader: NodeReader) -> Indicator? {
        if base == nil {
            for key in ["points", "scoring"] where fields[key] == nil {
                log.error("catalog.missing-key", "indicator '\(id)' needs '\(key)'", at: reader.location(node))
            }
            if fields["includes"] == nil && fields["rules"] == nil && fields["requires"] == nil {
                log.error("catalog.missing-key", "indicator '\(id)' needs 'includes', 'rules' or 'requires'", at: reader.location(node))
            }
        }
        let points = fields["points"].flatMap { reader.number($0, "points", minimum: 0, maximum: Self.maximumPoints) } ?? base?.points
        var scoring = base?.scoring
        if let scoringNode = fields["scoring"], let name = reader.string(scoringNode, "scoring") {
            switch name {
            case "all": scoring = .all
            case "share": scoring = .share
            case "deduct":
                let perFailure: Double? = fields["per_failure"].flatMap { reader.number($0, "per_failure", minimum: 0, maximum: Self.maximumPoints) }
                    ?? { if case .deduct(let p)? = base?.scoring { return p } else { return nil } }()
                if let perFailure {
                    scoring = .deduct(perFailure: perFailure)
                } else {
                    log.error("catalog.missing-key", "indicator '\(id)' scores by 'deduct' and needs 'per_failure'", at: reader.location(scoringNode))
                }
            default:
                log.error("catalog.unknown-value", "unknown scoring '\(name)' (expected all, share, deduct)", at: reader.location(scoringNode),
                          length: name.unicodeScalars.count, suggestion: Suggestion.closest(to: name, in: ["all", "share", "deduct"]))
            }
        } else if let perFailureNode = fields["per_failure"] {
            if case .deduct? = scoring, let perFailure = reader.number(perFailureNode, "per_failure", minimum: 0, maximum: Self.maximumPoints) {
                scoring = .deduct(perFailure: perFailure)
            } else {
                log.error("scorecard.per-failure-without-deduct", "'per_failure' only goes with scoring: deduct", at: reader.location(perFailureNode))
            }
        }
        guard let points, let scoring else { return nil }
        var includes = base?.includes ?? []
        if let includesNode = fields["includes"] {
            includes = []
            for patternNode in reader.list(includesNode, "includes", lenient: true) {
                guard let pattern = reader.string(patternNode, "a clause pattern") else { continue }
                if checkPattern(pattern, patternNode, reader: reader) { includes.append(pattern) }
            }
        }
        var rules = base?.rules ?? []
        let owner = "\(scorecard):\(id)"
        if let rulesNode = fields["rules"] {
            let decoder = RuleDecoder(reader: reader, vocabulary: vocabulary, tables: [])
            rules = []
            for ruleNode in reader.list(rulesNode, "rules") {
                guard var rule = decoder.decode(ruleNode, owner: owner, severity: .error) else { continue }
                if let link = rule.sameAs.first {
                    log.error("rule.bad-link", "same_as links rules of standards; an indicator's own rule cannot declare it", at: link.location)
                    rule.sameAs = []
                }
                if rules.contains(where: { $0.id == rule.id }) {
                    log.error("catalog.duplicate-id", "rule '\(rule.id)' appears twice in indicator '\(id)'", at: rule.location)
                    continue
                }
                rules.append(rule)
            }
        }
        var requirements = base?.requirements ?? []
        if let requiresNode = fields["requires"] {
            let decoder = RuleDecoder(reader: reader, vocabulary: vocabulary, tables: [])
            requirements = reader.list(requiresNode, "requires").enumerated().compactMap { offset, item in
                decoder.decodeRequirement(item, owner: owner, number: offset + 1)
            }
        }
        var indicator = Indicator(
            id: id, title: fields["title"].map { reader.localized($0, "title") } ?? base?.title ?? LocalizedText(),
            lead: fields["lead"].map { reader.localized($0, "lead") } ?? base?.lead ?? LocalizedText(),
            partners: fields["partners"].map { reader.localized($0, "partners") } ?? base?.partners ?? LocalizedText(),
            points: points, scoring: scoring, includes: includes, rules: rules,
            isVeto: fields["veto"].flatMap { reader.bool($0, "veto") } ?? base?.isVeto ?? false,
            note: fields["note"].map { reader.localized($0, "note") } ?? base?.note ?? LocalizedText(),
            location: reader.location(node))
        indicator.requirements = requirements
        indicator.when = base?.when
        if let whenNode = fields["when"], let text = reader.string(whenNode, "'when'") {
            switch ExpressionChecker.check(text, vocabulary: vocabulary, part: nil, tables: []) {
            case .success(let expression):
                indicator.when = RuleExpression(source: text, expression: expression, location: reader.location(in: whenNode, offset: 0))
            case .failure(let failure):
                log.error(failure.id, "in 'when': \(failure.message)", at: reader.location(in: whenNode, offset: failure.offset),
                          length: failure.length, suggestion: failure.suggestion)
            }
        }
        return indicator
    }

    /// A pattern must match at least one clause (or, with `#`, one rule) of the loaded standards.
    private func checkPattern(_ text: String, _ node: YAMLNode, reader: NodeReader) -> Bool {
        let pattern = ClausePattern(text)
        let candidates = pattern.namesRule
            ? standards.flatMap { $0.clauses.flatMap { $0.rules.map(\.fullID) } }
            : standards.flatMap { $0.clauses.map(\.id) }
        if candidates.contains(where: pattern.matches) { return true }
        let standardID = text.split(separator: ":").first.map(String.init) ?? text
        var message = "'\(text)' matches no \(pattern.namesRule ? "rule" : "clause") of the loaded standards"
        if !standards.contains(where: { $0.id == standardID }) { message += " (no standard '\(standardID)' is loaded)" }
        log.error("catalog.dangling-include", message, at: reader.location(node), length: text.unicodeScalars.count,
                  suggestion: Suggestion.closest(to: text, in: candidates))
        return false
    }
}
