import A11yModel
import A11yYAML

/// Decodes a rule (DSL §2): its target, its type-checked `when` and `check`, its message and its examples.
struct RuleDecoder {
    let reader: NodeReader
    let vocabulary: Vocabulary
    let tables: [Table]
    /// Expressions already checked (same vocabulary and tables); nil: check every text.
    var expressions: ExpressionCache? = nil

    static let keys = ["id", "for", "when", "check", "message", "examples", "title", "note", "default", "same_as"]
    static let exampleKeys = ["pass", "fail", "inapplicable", "cantTell"]

    /// - Parameters:
    ///   - owner: The clause id (or `SCORECARD:INDICATOR`) the rule belongs to.
    ///   - severity: The severity its findings carry.
    func decode(_ node: YAMLNode, owner: String, severity: Severity) -> Rule? {
        guard let fields = reader.fields(node, "a rule", allowed: Self.keys, required: ["id", "for", "check"]),
              let id = reader.identifier(fields["id"], "the rule id"),
              let forNode = fields["for"], let targetName = reader.identifier(forNode, "for") else { return nil }
        let target: Rule.Target
        var part: PartKind?
        if targetName == "subject" {
            target = .subject
        } else if let kind = vocabulary.part(targetName) {
            target = .part(targetName)
            part = kind
        } else {
            reader.log.error(
                "rule.unknown-part", "unknown part kind '\(targetName)' in vocabulary '\(vocabulary.id)' (expected 'subject' or a part kind)",
                at: reader.location(forNode), length: targetName.unicodeScalars.count,
                suggestion: Suggestion.closest(to: targetName, in: ["subject"] + vocabulary.parts.map(\.name)))
            return nil
        }
        let when = fields["when"].flatMap { expression($0, "when", part: part) }
        guard let checkNode = fields["check"], let check = expression(checkNode, "check", part: part),
              fields["when"] == nil || when != nil else { return nil }
        let message = reader.localized(fields["message"], "message")
        let reads = Self.directReads([when?.expression, check.expression].compactMap { $0 }, partRule: part != nil)
        checkPlaceholders(message, fields["message"], part: part, reads: reads)
        var rule = Rule(
            id: id, fullID: "\(owner)#\(id)", clauseID: owner, target: target, when: when, check: check,
            message: message, title: reader.localized(fields["title"], "title"), severity: severity,
            location: reader.location(node))
        rule.examples = kept(examples(fields["examples"], target: target, part: part))
        rule.libraryDefault = libraryDefault(fields["default"])
        rule.sameAs = links(fields["same_as"], ruleID: rule.fullID)
        return rule
    }

    /// `default:` says which value of the check is a library default with no source, as `{zh, en}` text.
    /// A bare `true` is refused: the reader of a report must learn which value to set.
    private func libraryDefault(_ node: YAMLNode?) -> LocalizedText {
        guard let node else { return LocalizedText() }
        if node.scalarStyle == .plain, let scalar = node.scalar, ["true", "false", "yes", "no", "True", "False"].contains(scalar) {
            reader.log.error(
                "rule.bad-default", "expected 'default' as text naming the default value and what to set instead ({zh: …, en: …}), found '\(scalar)'",
                at: reader.location(node), length: scalar.unicodeScalars.count)
            return LocalizedText()
        }
        let text = reader.localized(node, "default")
        if text.isEmpty {
            reader.log.error("rule.bad-default", "expected 'default' to name the default value and what to set instead, as {zh: …, en: …}", at: reader.location(node))
        }
        return text
    }

    /// `same_as: [FULL_RULE_ID, …]`: each entry must be written as a full rule id; whether it names a
    /// loaded rule is checked once every standard is loaded (``CatalogLoader``).
    private func links(_ node: YAMLNode?, ruleID: String) -> [RuleLink] {
        var links: [RuleLink] = []
        for item in reader.list(node, "same_as", lenient: true) {
            guard let target = reader.string(item, "a full rule id") else { continue }
            guard let colon = target.firstIndex(of: ":"), let hash = target.firstIndex(of: "#"), colon < hash,
                  target.index(after: hash) < target.endIndex else {
                reader.log.error("rule.bad-link", "'\(target)' is not a full rule id (expected STANDARD:CLAUSE#RULE, such as GB50763-2012:3.5.1#gate-width)",
                                 at: reader.location(item), length: target.unicodeScalars.count)
                continue
            }
            if target == ruleID {
                reader.log.error("rule.bad-link", "rule '\(ruleID)' cannot be the same as itself", at: reader.location(item),
                                 length: target.unicodeScalars.count)
                continue
            }
            if links.contains(where: { $0.rule == target }) {
                reader.log.warning("rule.duplicate-link", "'\(target)' is listed twice in same_as", at: reader.location(item),
                                   length: target.unicodeScalars.count)
                continue
            }
            links.append(RuleLink(rule: target, location: reader.location(item)))
        }
        return links
    }

    static let requirementKeys = ["check", "message", "when", "examples", "note"]

    /// A presence requirement of an indicator (`requires:` item `{check, message}`): a subject rule with id
    /// `requires-N`. Its message, required in both languages, says what is missing when the check is false.
    func decodeRequirement(_ node: YAMLNode, owner: String, number: Int) -> Rule? {
        guard let fields = reader.fields(node, "a presence requirement", allowed: Self.requirementKeys, required: ["check", "message"]) else {
            return nil
        }
        let when = fields["when"].flatMap { expression($0, "when", part: nil) }
        guard let checkNode = fields["check"], let check = expression(checkNode, "check", part: nil),
              fields["when"] == nil || when != nil else { return nil }
        let message = reader.localized(fields["message"], "message")
        if let messageNode = fields["message"], message.zh == nil || message.en == nil || message.zh == message.en {
            reader.log.error("scorecard.requirement-message", "a presence requirement's message says what is missing in both languages: give {zh: …, en: …}",
                             at: reader.location(messageNode))
        }
        let reads = Self.directReads([when?.expression, check.expression].compactMap { $0 }, partRule: false)
        checkPlaceholders(message, fields["message"], part: nil, reads: reads)
        let id = "requires-\(number)"
        var rule = Rule(id: id, fullID: "\(owner)#\(id)", clauseID: owner, target: .subject, when: when, check: check,
                        message: message, severity: .error, location: reader.location(node))
        rule.examples = kept(examples(fields["examples"], target: .subject, part: nil))
        return rule
    }

    private func expression(_ node: YAMLNode, _ what: String, part: PartKind?) -> RuleExpression? {
        guard let text = reader.string(node, "'\(what)'") else { return nil }
        let check = { ExpressionChecker.check(text, vocabulary: vocabulary, part: part, tables: tables) }
        switch expressions?.result(text, part: part, check) ?? check() {
        case .success(let expression):
            return RuleExpression(source: text, expression: expression, location: reader.location(in: node, offset: 0))
        case .failure(let failure):
            let span = reader.span(in: node, offset: failure.offset, length: failure.length)
            reader.log.error(
                failure.id, "in '\(what)': \(failure.message)", at: span.location,
                length: span.length, suggestion: failure.suggestion, notes: span.notes)
            return nil
        }
    }

    /// The placeholders every message may use, whatever the rule reads.
    private static let shownPlaceholders: Set<String> = ["expected", "instance", "observed"]
    /// The keys of an example that are not attributes of its part (or, for a subject rule, facts).
    private static let partExampleReserved: Set<String> = ["facts", "parts", "id", "name", "note"]
    private static let subjectExampleReserved: Set<String> = ["parts", "note"]

    /// Every `{name}` of the message must be something the rule shows: `{expected}`, `{instance}`,
    /// `{observed}`, or an attribute or fact its `when` or `check` reads directly (outside aggregates);
    /// anything else would be printed as written. Each problem is reported at the placeholder itself.
    private func checkPlaceholders(_ message: LocalizedText, _ node: YAMLNode?, part: PartKind?, reads: Set<String>) {
        guard let node else { return }
        let shown = Self.shownPlaceholders
        func isRead(_ name: String) -> Bool {
            reads.contains(name) || (name.hasPrefix("subject.") && reads.contains(String(name.dropFirst(8))))
                || reads.contains("subject.\(name)")
        }
        let texts: [(YAMLNode, String)] = node.pairs == nil
            ? [node.scalar.map { (node, $0) }].compactMap { $0 }
            : ["zh", "en"].compactMap { key in node[key].flatMap { n in n.scalar.map { (n, $0) } } }
        for (textNode, text) in texts {
            // Braces are ASCII: find them in the UTF-8 bytes, and count scalars only to place a warning.
            let bytes = Array(text.utf8)
            func scalarOffset(_ byteIndex: Int) -> Int { bytes[..<byteIndex].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } }
            var index = 0
            while index < bytes.count {
                guard bytes[index] == 0x7B, let close = bytes[index...].firstIndex(of: 0x7D) else { index += 1; continue }
                let name = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                defer { index = close + 1 }
                if shown.contains(name) || isRead(name) { continue }
                let at = reader.location(in: textNode, offset: scalarOffset(index))
                let length = scalarOffset(close) - scalarOffset(index) + 1
                let bare = name.hasPrefix("subject.") ? String(name.dropFirst(8)) : name
                let isName = part?.attribute(bare) != nil || vocabulary.fact(bare) != nil
                if isName {
                    reader.log.warning(
                        "rule.unread-placeholder",
                        "message placeholder '{\(name)}' names \(part?.attribute(bare) != nil ? "an attribute" : "a fact") this rule does not read, so it is never filled and would be printed as written; read it in 'when' or 'check', or take it out of the message",
                        at: at, length: length)
                } else {
                    let known = Array(shown) + reads.sorted()
                    reader.log.warning(
                        "rule.unknown-placeholder", "message placeholder '{\(name)}' names nothing this rule can show; it will be printed as written",
                        at: at, length: length, suggestion: Suggestion.closest(to: name, in: known))
                }
            }
        }
    }

    /// The attribute and fact names an expression reads directly (facts as `subject.NAME` in a part
    /// rule), outside aggregates, whose instances are not the rule's. Iterative: no recursion depth.
    static func directReads(_ expressions: [Expression], partRule: Bool) -> Set<String> {
        var names: Set<String> = []
        var stack = expressions
        while let e = stack.popLast() {
            switch e.kind {
            case .attribute(let name): names.insert(name)
            case .fact(let name): names.insert(partRule ? "subject.\(name)" : name)
            case .literal, .parts, .aggregate: break
            case .not(let a), .negate(let a), .present(let a), .table(_, let a): stack.append(a)
            case .logical(_, let a, let b), .comparison(_, let a, let b), .arithmetic(_, let a, let b): stack += [a, b]
            case .inRange(let a, let b, let c): stack += [a, b, c]
            case .function(_, let arguments): stack += arguments
            }
        }
        return names
    }

    /// The examples a rule keeps: all of them, or none when the load only checks them (``NodeReader/keepsExamples``).
    private func kept(_ examples: [RuleExample]) -> [RuleExample] {
        reader.keepsExamples ? examples : []
    }

    private func examples(_ node: YAMLNode?, target: Rule.Target, part: PartKind?) -> [RuleExample] {
        guard reader.decodesExamples else { return [] }
        guard let node, let fields = reader.fields(node, "examples", allowed: Self.exampleKeys) else { return [] }
        var result: [RuleExample] = []
        for key in Self.exampleKeys {
            guard let listNode = fields[key] else { continue }
            let expected: Outcome = key == "pass" ? .passed : key == "fail" ? .failed : key == "inapplicable" ? .inapplicable : .cantTell
            for item in reader.list(listNode, "\(key) examples") {
                if let example = example(item, expected: expected, part: part) { result.append(example) }
            }
        }
        return result
    }

    /// An example mapping becomes a small subject holding the instance (and any `facts`/`parts` it gives).
    private func example(_ node: YAMLNode, expected: Outcome, part: PartKind?) -> RuleExample? {
        guard node.pairs != nil else {
            reader.log.error("rule.bad-example", "expected an example as a mapping, found \(node.kindDescription)", at: reader.location(node))
            return nil
        }
        let values = ValueDecoder(reader: reader)
        var parts = values.parts(node["parts"], vocabulary) ?? [:]
        var facts: [String: Observation]
        var instanceID: String?
        if let part {
            facts = values.facts(node["facts"], vocabulary)
            let instance = PartInstance(
                id: node["id"].flatMap { reader.identifier($0, "id") } ?? "example",
                attributes: values.attributes(node, part, skipping: Self.partExampleReserved),
                location: reader.location(node))
            parts[part.name, default: []].append(instance)
            instanceID = instance.id
        } else {
            facts = values.facts(node, vocabulary, skipping: Self.subjectExampleReserved)
        }
        let subject = Subject(id: "example", kind: vocabulary.id, facts: facts, parts: parts, location: reader.location(node))
        return RuleExample(expected: expected, subject: subject, instanceID: instanceID, location: reader.location(node))
    }
}
