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
        out += "  \(label("类型", "type"))\(colon)\(s.kind.map(name) ?? "-")\(label("，", ", "))\(label("状态", "status"))\(colon)\(name(s.status))"
        if !s.supersededBy.isEmpty { out += label("，被 \(s.supersededBy.joined(separator: "、")) 替代", ", superseded by \(s.supersededBy.joined(separator: ", "))") }
        out += "\n"
        if let vocabulary = s.vocabulary { out += "  \(label("词汇表", "vocabulary"))\(colon)\(vocabulary)\n" }
        if let note = text(s.note) { out += "  \(label("说明", "note"))\(colon)\(note)\n" }
        let rules = s.clauses.reduce(0) { $0 + $1.rules.count }, manual = s.clauses.filter(\.isManual).count
        out += "  " + label("\(s.clauses.count) 条条款，\(rules) 条规则，\(manual) 项人工核查",
                            "\(s.clauses.count) clauses, \(rules) rules, \(manual) manual items") + "\n"
        for clause in s.clauses {
            let mandatory = clause.isMandatory ? label(" 强制性条文", " mandatory") : ""
            let confidence = clause.provenance.confidence.map { " [\(name($0))]" } ?? ""
            let what = clause.isManual ? label("  （人工核查）", "  (manual)") : label("  （\(clause.rules.count) 条规则）", "  (\(clause.rules.count) rules)")
            out += "  \(clause.number)  \(name(clause.obligation))\(mandatory)\(confidence)  \(text(clause.title) ?? "")\(what)\n"
        }
        return out
    }

    /// A clause: text, obligation, provenance and its rules or question.
    public func clause(_ c: Clause, standard: Standard?) -> String {
        var out = "\(c.id)  \(text(c.title) ?? "")\n"
        if let standard { out += "  \(label("标准", "standard"))\(colon)\(standard.id) \(text(standard.title) ?? "")\(label("（\(name(standard.status))）", " (\(name(standard.status)))"))\n" }
        out += "  \(label("用词", "obligation"))\(colon)\(name(c.obligation))"
        out += label("（不通过时为\(name(c.obligation.severity))）", " (findings are \(c.obligation.severity.rawValue)s)")
        if c.isMandatory { out += label("，强制性条文", ", mandatory provision") }
        out += "\n"
        if let readIn = c.provenance.readIn { out += "  \(label("出处", "read in"))\(colon)\(readIn)\n" }
        if let confidence = c.provenance.confidence { out += "  \(label("可信度", "confidence"))\(colon)\(name(confidence))\n" }
        if let url = c.provenance.url { out += "  \(label("网址", "url"))\(colon)\(url)\n" }
        if !c.supersededBy.isEmpty {
            let ids = c.supersededBy.joined(separator: label("、", ", "))
            out += "  " + label("被替代：\(ids)（以更严格的现行规范为准）", "superseded by: \(ids) (the stricter current code governs)") + "\n"
        }
        if let note = text(c.note) { out += "  \(label("说明", "note"))\(colon)\(note)\n" }
        if let question = c.question.flatMap(text) { out += "  \(label("核查问题（由人工作答）", "question (answered by a person)"))\(colon)\(question)\n" }
        for rule in c.rules { out += "\n" + self.rule(rule, clause: nil) }
        return out
    }

    /// A rule: target, condition, check, message and examples.
    public func rule(_ r: Rule, clause: Clause?) -> String {
        var out = ""
        if let clause { out += "\(clause.id)  \(text(clause.title) ?? "")  [\(name(clause.obligation))]\n" }
        out += "  \(label("规则", "rule")) \(r.fullID)\n"
        if let title = text(r.title) { out += "    \(label("标题", "title"))\(colon)\(title)\n" }
        out += "    \(label("适用于（for）", "for"))\(colon)\(r.target)\n"
        if let when = r.when { out += "    \(label("适用条件（when）", "when"))\(colon)\(when.source)\n" }
        out += "    \(label("检查（check）", "check"))\(colon)\(r.check.source)\n"
        if let message = text(r.message) { out += "    \(label("不通过时的提示", "message"))\(colon)\(message)\n" }
        if let value = text(r.libraryDefault) { out += "    \(defaultLabel)\(colon)\(value)\n" }
        out += "    \(label("定义于", "defined at")) \(r.location)\n"
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
            out += "    \(label("示例", "example")) \(name(example.expected))\(colon){\(pieces.filter { !$0.isEmpty }.joined(separator: ", "))}\n"
        }
        return out
    }

    /// A scorecard and its indicators.
    public func scorecard(_ s: Scorecard) -> String {
        var out = "\(s.id)  \(text(s.title) ?? "")\n"
        out += "  \(label("被评对象", "subject"))\(colon)\(s.subjectKind)"
        if let mark = s.passMark { out += label("，合格线 \(QuantityFormat.number(mark))", ", pass mark \(QuantityFormat.number(mark))") }
        if let base = s.extends { out += label("，派生自 \(base)", ", extends \(base)") }
        out += "\n"
        if let note = text(s.note) { out += "  \(label("说明", "note"))\(colon)\(note)\n" }
        for grade in s.grades { out += "  \(label("等级", "grade")) ≥ \(QuantityFormat.number(grade.minimum)): \(text(grade.name) ?? "")\n" }
        let w = s.weights
        let weights = [(Obligation.must, w.must), (.shall, w.shall), (.should, w.should), (.may, w.may)]
            .map { "\(name($0.0)) \(QuantityFormat.number($0.1))" }.joined(separator: label("，", ", "))
        out += "  \(label("权重", "weights"))\(colon)\(weights)\n"
        for indicator in s.indicators {
            let points = label("\(QuantityFormat.number(indicator.points)) 分", "\(QuantityFormat.number(indicator.points)) points")
            out += "  \(indicator.id)  \(text(indicator.title) ?? "")  \(points)\(label("，", ", "))\(name(indicator.scoring))\(indicator.isVeto ? label("，否决项", ", veto") : "")\n"
            if let lead = text(indicator.lead) { out += "      \(label("牵头部门", "lead"))\(colon)\(lead)\n" }
            if let partners = text(indicator.partners) { out += "      \(label("配合部门", "partners"))\(colon)\(partners)\n" }
            if !indicator.includes.isEmpty { out += "      \(label("包含", "includes"))\(colon)\(indicator.includes.joined(separator: ", "))\n" }
            for rule in indicator.requirements {
                let when = rule.when.map { label("适用条件 \($0.source)：", "when \($0.source): ") } ?? ""
                out += "      \(rule.id): \(when)\(rule.check.source)\n"
            }
            for rule in indicator.rules {
                let title = text(rule.title).map { "  \($0)" } ?? ""
                out += "      \(label("规则", "rule")) \(rule.id)\(title): \(rule.check.source)\n"
                if let value = text(rule.libraryDefault) { out += "        \(defaultLabel)\(colon)\(value)\n" }
            }
        }
        return out
    }
}
