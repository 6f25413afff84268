import A11yRules

/// Human-readable descriptions of catalog entries, for `a11y-rules explain`.
public struct CatalogDescription: Sendable {
    /// The language titles, notes and questions are shown in.
    public var language: Language

    /// Creates a describer.
    public init(language: Language = .zh) {
        self.language = language
    }

    private func text(_ t: LocalizedText) -> String? { t.text(in: language) }

    /// The label of a rule's `default:` text: a value with no source that a user should set.
    private var defaultLabel: String {
        language == .zh ? "默认值（无出处，请自行设定）" : "default (no source; set your own)"
    }

    /// A standard: identity, status and its clauses, one line each.
    public func standard(_ s: Standard) -> String {
        var out = "\(s.id)  \(text(s.title) ?? "")\n"
        out += "  type: \(s.kind?.rawValue ?? "-"), status: \(s.status.rawValue)"
        if !s.supersededBy.isEmpty { out += ", superseded by \(s.supersededBy.joined(separator: ", "))" }
        out += "\n"
        if let vocabulary = s.vocabulary { out += "  vocabulary: \(vocabulary)\n" }
        if let note = text(s.note) { out += "  note: \(note)\n" }
        out += "  \(s.clauses.count) clauses, \(s.clauses.reduce(0) { $0 + $1.rules.count }) rules, \(s.clauses.filter(\.isManual).count) manual items\n"
        for clause in s.clauses {
            let mandatory = clause.isMandatory ? " mandatory" : ""
            let confidence = clause.provenance.confidence.map { " [\($0.rawValue)]" } ?? ""
            out += "  \(clause.number)  \(clause.obligation.rawValue)\(mandatory)\(confidence)  \(text(clause.title) ?? "")\(clause.isManual ? "  (manual)" : "  (\(clause.rules.count) rules)")\n"
        }
        return out
    }

    /// A clause: text, obligation, provenance and its rules or question.
    public func clause(_ c: Clause, standard: Standard?) -> String {
        var out = "\(c.id)  \(text(c.title) ?? "")\n"
        if let standard { out += "  standard: \(standard.id) \(text(standard.title) ?? "") (\(standard.status.rawValue))\n" }
        out += "  obligation: \(c.obligation.rawValue) (findings are \(c.obligation.severity.rawValue)s)\(c.isMandatory ? ", mandatory provision (强制性条文)" : "")\n"
        if let readIn = c.provenance.readIn { out += "  read in: \(readIn)\n" }
        if let confidence = c.provenance.confidence { out += "  confidence: \(confidence.rawValue)\n" }
        if let url = c.provenance.url { out += "  url: \(url)\n" }
        if !c.supersededBy.isEmpty { out += "  superseded by: \(c.supersededBy.joined(separator: ", ")) (the stricter current code governs)\n" }
        if let note = text(c.note) { out += "  note: \(note)\n" }
        if let question = c.question.flatMap(text) { out += "  question (answered by a person): \(question)\n" }
        for rule in c.rules { out += "\n" + self.rule(rule, clause: nil) }
        return out
    }

    /// A rule: target, condition, check, message and examples.
    public func rule(_ r: Rule, clause: Clause?) -> String {
        var out = ""
        if let clause { out += "\(clause.id)  \(text(clause.title) ?? "")  [\(clause.obligation.rawValue)]\n" }
        out += "  rule \(r.fullID)\n"
        if let title = text(r.title) { out += "    title: \(title)\n" }
        out += "    for: \(r.target)\n"
        if let when = r.when { out += "    when: \(when.source)\n" }
        out += "    check: \(r.check.source)\n"
        if let message = text(r.message) { out += "    message: \(message)\n" }
        if let value = text(r.libraryDefault) { out += "    \(defaultLabel): \(value)\n" }
        out += "    defined at \(r.location)\n"
        for example in r.examples {
            func show(_ values: [String: Observation]) -> String {
                values.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.text)" }.joined(separator: ", ")
            }
            var pieces: [String] = []
            let instance = example.subject.parts.values.flatMap { $0 }.first { $0.id == example.instanceID }
            if let instance { pieces.append(show(instance.attributes)) }
            if !example.subject.facts.isEmpty { pieces.append(instance == nil ? show(example.subject.facts) : "facts: {\(show(example.subject.facts))}") }
            let others = example.subject.parts.sorted { $0.key < $1.key }.compactMap { kind, instances -> String? in
                let rest = instances.filter { $0.id != example.instanceID }
                guard instance == nil || !rest.isEmpty else { return nil }
                return "\(kind): [\(rest.map { "{\(show($0.attributes))}" }.joined(separator: ", "))]"
            }
            if !others.isEmpty { pieces.append("parts: {\(others.joined(separator: ", "))}") }
            out += "    example \(example.expected.rawValue): {\(pieces.filter { !$0.isEmpty }.joined(separator: ", "))}\n"
        }
        return out
    }

    /// A scorecard and its indicators.
    public func scorecard(_ s: Scorecard) -> String {
        var out = "\(s.id)  \(text(s.title) ?? "")\n"
        out += "  subject: \(s.subjectKind)"
        if let mark = s.passMark { out += ", pass mark \(QuantityFormat.number(mark))" }
        if let base = s.extends { out += ", extends \(base)" }
        out += "\n"
        if let note = text(s.note) { out += "  note: \(note)\n" }
        for grade in s.grades { out += "  grade ≥ \(QuantityFormat.number(grade.minimum)): \(text(grade.name) ?? "")\n" }
        let w = s.weights
        out += "  weights: must \(QuantityFormat.number(w.must)), shall \(QuantityFormat.number(w.shall)), should \(QuantityFormat.number(w.should)), may \(QuantityFormat.number(w.may))\n"
        for indicator in s.indicators {
            var scoring = indicator.scoring.description
            if case .deduct(let per) = indicator.scoring { scoring += " \(QuantityFormat.number(per)) per failure" }
            out += "  \(indicator.id)  \(text(indicator.title) ?? "")  \(QuantityFormat.number(indicator.points)) points, \(scoring)\(indicator.isVeto ? ", veto" : "")\n"
            if let lead = text(indicator.lead) { out += "      lead: \(lead)\n" }
            if let partners = text(indicator.partners) { out += "      partners: \(partners)\n" }
            if !indicator.includes.isEmpty { out += "      includes: \(indicator.includes.joined(separator: ", "))\n" }
            for rule in indicator.requirements {
                out += "      \(rule.id): \(rule.when.map { "when \($0.source): " } ?? "")\(rule.check.source)\n"
            }
            for rule in indicator.rules {
                out += "      rule \(rule.id): \(rule.check.source)\n"
                if let value = text(rule.libraryDefault) { out += "        \(defaultLabel): \(value)\n" }
            }
        }
        return out
    }
}
