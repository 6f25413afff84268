import A11yModel
import A11yYAML

/// Decodes a `standard:` document (DSL §2): identity, tables, clauses and their rules.
struct StandardDecoder {
    let reader: NodeReader
    let vocabularies: [String: Vocabulary]
    /// Expressions already checked by this decoder's thread (nil: none kept).
    var expressions: ExpressionCache? = nil

    static let keys = ["id", "title", "type", "status", "superseded_by", "vocabulary", "tables", "clauses", "note", "published", "url"]
    static let clauseKeys = ["clause", "title", "obligation", "mandatory", "source", "rules", "question", "superseded_by", "note"]
    static let sourceKeys = ["read_in", "confidence", "url", "note"]
    static let tableKeys = ["input", "output", "interpolate", "rows"]

    /// - Parameters:
    ///   - node: The standard's mapping.
    ///   - prepared: Its clauses already decoded, each with its diagnostics, in file order (by a
    ///     ``ClausePipeline`` while the file was parsed, the list then being empty in `node`); nil decodes
    ///     the clauses of `node`.
    func decode(_ node: YAMLNode, prepared: [(Clause?, [Diagnostic])]? = nil) -> Standard? {
        guard let fields = reader.fields(node, "a standard", allowed: Self.keys, required: ["id", "title", "clauses"]),
              let id = reader.identifier(fields["id"], "the standard id") else { return nil }
        if id.contains(":") || id.contains("#") {
            reader.log.error("standard.bad-id", "a standard id cannot contain ':' or '#' (they separate clause and rule ids)", at: reader.location(fields["id"] ?? node))
        }
        var vocabulary: Vocabulary?
        if let vocabularyNode = fields["vocabulary"], let name = reader.identifier(vocabularyNode, "vocabulary") {
            vocabulary = vocabularies[name]
            if vocabulary == nil {
                reader.log.error(
                    "catalog.unknown-reference", "standard '\(id)' names unknown vocabulary '\(name)'",
                    at: reader.location(vocabularyNode), length: name.unicodeScalars.count,
                    suggestion: Suggestion.closest(to: name, in: vocabularies.keys))
            }
        }
        if fields["vocabulary"] == nil {
            reader.log.warning(
                "standard.no-vocabulary", "standard '\(id)' names no vocabulary, so no subject is evaluated against it; add 'vocabulary: KIND'",
                at: reader.location(node))
        }
        let tables = self.tables(fields["tables"])
        var clauses: [Clause] = []
        var seen: [String: SourceLocation] = [:]
        // Clauses decode independently (rules, expressions, examples): spread them over the cores, each
        // with its own diagnostic log, then merge in file order so the output does not depend on timing.
        let clauseNodes = reader.list(fields["clauses"], "clauses")
        let vocabularyNamed = fields["vocabulary"] != nil
        // Runs of clauses (eight, enough to keep the cores busy) share the standard's one cache of checked
        // expressions: catalogs repeat their `when` and `check` texts.
        let runLength = clauseNodes.count >= 64 ? (clauseNodes.count + 7) / 8 : max(1, clauseNodes.count)
        let runs = stride(from: 0, to: clauseNodes.count, by: runLength).map { Array(clauseNodes[$0..<min(clauseNodes.count, $0 + runLength)]) }
        let expressions = self.expressions ?? ExpressionCache()
        let decoded = prepared ?? ParallelMap.map(runs, minimumCount: 2) { run -> [(Clause?, [Diagnostic])] in
            run.map { node -> (Clause?, [Diagnostic]) in
                var local = NodeReader(file: reader.file, log: DiagnosticLog(), lineOffset: reader.lineOffset, lines: reader.lines)
                local.decodesExamples = reader.decodesExamples
                local.keepsExamples = reader.keepsExamples
                let decoder = StandardDecoder(reader: local, vocabularies: vocabularies, expressions: expressions)
                let clause = decoder.clause(node, standard: id, vocabulary: vocabulary, vocabularyNamed: vocabularyNamed, tables: tables)
                return (clause, local.log.diagnostics)
            }
        }.flatMap { $0 }
        // Made at its size: a clause is a few hundred bytes inline, and growing by doubling left up to half
        // of the array unused (grown, it took 8.5 MB at 100,000 rules).
        clauses.reserveCapacity(decoded.count)
        for (clause, diagnostics) in decoded {
            diagnostics.forEach(reader.log.add)
            guard let clause else { continue }
            if let first = seen[clause.number] {
                reader.log.error("catalog.duplicate-id", "clause '\(clause.number)' appears twice in '\(id)'", at: clause.location,
                                 notes: [DiagnosticNote("first given here", at: first)])
                continue
            }
            seen[clause.number] = clause.location
            clauses.append(clause)
        }
        return Standard(
            id: id, title: reader.localized(fields["title"], "title"), kind: reader.choice(fields["type"], "standard type", Standard.Kind.self),
            status: reader.choice(fields["status"], "status", Standard.Status.self) ?? .current,
            supersededBy: reader.strings(fields["superseded_by"], "superseded_by"), vocabulary: vocabulary?.id,
            tables: tables, clauses: clauses, note: reader.localized(fields["note"], "note"),
            url: reader.string(fields["url"], "url"), published: reader.date(fields["published"], "published"),
            location: reader.location(node))
    }

    func tables(_ node: YAMLNode?) -> [Table] {
        reader.entries(node, "tables").compactMap { entry in
            guard let fields = reader.fields(entry.value, "table '\(entry.name)'", allowed: Self.tableKeys, required: ["input", "output", "rows"]),
                  let input = type(fields["input"]), let output = type(fields["output"]) else { return nil }
            guard input.dimension != nil, output.dimension != nil else {
                reader.log.error("table.bad-type", "table '\(entry.name)' maps numbers or quantities to numbers or quantities", at: reader.location(entry.key))
                return nil
            }
            let interpolation = fields["interpolate"].map { reader.choice($0, "interpolation", Table.Interpolation.self) } ?? .linear
            var rows: [(input: Quantity, output: Quantity)] = []
            for row in reader.list(fields["rows"], "rows") {
                let cells = reader.list(row, "a row")
                guard cells.count == 2 else {
                    reader.log.error("table.bad-row", "a table row has two cells [input, output], found \(cells.count)", at: reader.location(row))
                    continue
                }
                guard let a = cell(cells[0], input), let b = cell(cells[1], output) else { continue }
                rows.append((a, b))
            }
            let inputs = rows.map(\.input.value)
            if Set(inputs).count != inputs.count {
                reader.log.error("table.duplicate-input", "table '\(entry.name)' has two rows with the same input", at: reader.location(entry.key))
            }
            if rows.isEmpty {
                reader.log.error("table.empty", "table '\(entry.name)' has no rows", at: reader.location(entry.key))
                return nil
            }
            return Table(name: entry.name, input: input, output: output, interpolation: interpolation ?? .linear, rows: rows, location: reader.location(entry.key))
        }
    }

    private func type(_ node: YAMLNode?) -> AttributeType? {
        guard let node, let name = reader.string(node, "a type") else { return nil }
        guard let type = AttributeType.named(name), name != "enum" else {
            reader.log.error("vocabulary.unknown-type", "unknown type '\(name)'", at: reader.location(node),
                             suggestion: Suggestion.closest(to: name, in: AttributeType.names))
            return nil
        }
        return type
    }

    private func cell(_ node: YAMLNode, _ type: AttributeType) -> Quantity? {
        guard let text = reader.string(node, "a table cell") else { return nil }
        switch Value.parse(text, as: type) {
        case .success(.quantity(let q)): return q
        case .success: return nil
        case .failure(let failure):
            reader.log.error("table.bad-cell", failure.message, at: reader.location(node), suggestion: failure.suggestion)
            return nil
        }
    }

    func clause(_ node: YAMLNode, standard: String, vocabulary: Vocabulary?, vocabularyNamed: Bool, tables: [Table]) -> Clause? {
        guard let fields = reader.fields(node, "a clause", allowed: Self.clauseKeys, required: ["clause", "obligation"]),
              let number = reader.identifier(fields["clause"], "the clause number") else { return nil }
        let id = "\(standard):\(number)"
        let obligation = reader.choice(fields["obligation"], "obligation", Obligation.self) ?? .shall
        var provenance = Provenance()
        if let sourceNode = fields["source"], let source = reader.fields(sourceNode, "a source", allowed: Self.sourceKeys) {
            provenance = Provenance(
                readIn: reader.string(source["read_in"], "read_in"), confidence: reader.choice(source["confidence"], "confidence", Confidence.self),
                url: reader.string(source["url"], "url"), note: reader.localized(source["note"], "note"))
        }
        var rules: [Rule] = []
        if let rulesNode = fields["rules"] {
            if let vocabulary {
                let decoder = RuleDecoder(reader: reader, vocabulary: vocabulary, tables: tables, expressions: expressions)
                var seen: Set<String> = []
                for ruleNode in reader.list(rulesNode, "rules") {
                    guard let rule = decoder.decode(ruleNode, owner: id, severity: obligation.severity) else { continue }
                    if !seen.insert(rule.id).inserted {
                        reader.log.error("catalog.duplicate-id", "rule '\(rule.id)' appears twice in clause \(number)", at: rule.location)
                        continue
                    }
                    rules.append(rule)
                }
            } else if !vocabularyNamed {
                reader.log.error("standard.missing-vocabulary", "clause \(number) has rules, so the standard needs 'vocabulary'", at: reader.location(rulesNode))
            }
        }
        if let rulesNode = fields["rules"], rulesNode.items?.isEmpty == true, fields["question"] == nil {
            reader.log.error("clause.no-check", "clause \(number) has an empty 'rules' list; give rules or a 'question'", at: reader.location(rulesNode))
        }
        let question = fields["question"].map { reader.localized($0, "question") }
        if fields["rules"] != nil, let questionNode = fields["question"] {
            reader.log.error(
                "clause.rules-and-question",
                "clause \(number) has both 'rules' and a 'question'; a clause is checked by rules or answered by a person, not both: put the question in a clause of its own (e.g. '\(number)-manual')",
                at: reader.location(questionNode))
        }
        if fields["rules"] == nil && question == nil {
            reader.log.error("clause.no-check", "clause \(number) needs 'rules' or a 'question'", at: reader.location(node))
        }
        return Clause(
            number: number, id: id, title: reader.localized(fields["title"], "title"), obligation: obligation,
            isMandatory: fields["mandatory"].flatMap { reader.bool($0, "mandatory") } ?? false, provenance: provenance,
            rules: rules, question: question, supersededBy: reader.strings(fields["superseded_by"], "superseded_by"),
            note: reader.localized(fields["note"], "note"), location: reader.location(node))
    }
}
