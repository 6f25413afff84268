import A11yRules

/// `explain` for what rules are written against: vocabularies, part kinds, attributes, a standard's
/// tables and a scorecard's indicators. Labels are in the report language.
extension CatalogDescription {
    /// `id  title`, or the id alone when there is no title.
    private func heading(_ id: String, _ title: LocalizedText) -> String {
        title.text(in: language).map { "\(id)  \($0)" } ?? id
    }

    /// A type as the vocabulary declares it, with its unit or values: `length (m)`, `enum: none, one-side`.
    public func type(of attribute: AttributeSpec) -> String {
        switch attribute.type {
        case .enumeration(let values): return "\(label("枚举", "enum"))\(colon)\(values.joined(separator: ", "))"
        case .quantity(let dimension):
            let units = dimension.units.map(\.symbol).joined(separator: ", ")
            return "\(name(dimension)) (\(attribute.unit.map { label("以 \($0.symbol) 显示；可写 ", "shown in \($0.symbol); accepts ") } ?? label("可写 ", ""))\(units))"
        case .ratio: return label("比值（写作 1:12 或 8.33%）", "ratio (written 1:12 or 8.33%)")
        default: return name(attribute.type)
        }
    }

    private func attributeLine(_ attribute: AttributeSpec, indent: String) -> String {
        let title = attribute.title.text(in: language).map { "  \($0)" } ?? ""
        var line = "\(indent)\(attribute.name)\(title)  [\(type(of: attribute))]\n"
        if let note = attribute.note.text(in: language) { line += "\(indent)    \(label("说明", "note"))\(colon)\(note)\n" }
        return line
    }

    /// A vocabulary: what it extends, its facts with their types, and its part kinds.
    public func vocabulary(_ v: Vocabulary) -> String {
        var out = heading(v.id, v.title) + "\n"
        out += "  \(label("词汇表（被评对象的事实与部件）", "vocabulary (the facts and parts of a subject)"))"
        if let parent = v.extends { out += label("，扩展 \(parent)", ", extends \(parent)") }
        out += "\n"
        if let note = v.note.text(in: language) { out += "  \(label("说明", "note"))\(colon)\(note)\n" }
        out += "  \(label("事实", "facts")) (\(v.facts.count)):\n"
        for fact in v.facts { out += attributeLine(fact, indent: "    ") }
        out += "  \(label("部件类型", "part kinds")) (\(v.parts.count)):\n"
        for part in v.parts {
            let count = label("\(part.attributes.count) 个属性；", part.attributes.count == 1 ? "1 attribute; " : "\(part.attributes.count) attributes; ")
            out += "    \(heading(part.name, part.title))  (\(count)explain \(v.id).\(part.name))\n"
        }
        return out
    }

    /// A part kind: its attributes with their types, units and values.
    public func part(_ p: PartKind, vocabulary: Vocabulary) -> String {
        var out = heading("\(vocabulary.id).\(p.name)", p.title) + "\n"
        out += "  \(label("部件类型，属于词汇表", "part kind of vocabulary")) \(vocabulary.id)\(label("；规则写作 for: \(p.name)，表达式中写作 parts.\(p.name)", "; rules say for: \(p.name), expressions parts.\(p.name)"))\n"
        if let note = p.note.text(in: language) { out += "  \(label("说明", "note"))\(colon)\(note)\n" }
        out += "  \(label("属性", "attributes")) (\(p.attributes.count)):\n"
        for attribute in p.attributes { out += attributeLine(attribute, indent: "    ") }
        return out
    }

    /// One fact or attribute.
    public func attribute(_ a: AttributeSpec, owner: String) -> String {
        heading("\(owner).\(a.name)", a.title) + "\n  \(label("类型", "type"))\(colon)\(type(of: a))\n"
            + (a.note.text(in: language).map { "  \(label("说明", "note"))\(colon)\($0)\n" } ?? "")
            + "  \(label("定义于", "defined at")) \(a.location)\n"
    }

    /// A table of a standard: its input and output types, interpolation and rows.
    public func table(_ t: Table, standard: Standard) -> String {
        var out = "\(standard.id):\(t.name)  \(label("表", "table"))\n"
        let interpolation = t.interpolation == .linear ? label("线性插值（linear）", "linear") : label("取所在档（step）", "step")
        out += "  \(label("输入", "input"))\(colon)\(name(t.input))\(label("，", ", "))\(label("输出", "output"))\(colon)\(name(t.output))\(label("，", ", "))\(label("插值", "interpolation"))\(colon)\(interpolation)\n"
        out += "  \(label("表达式中写作", "used in expressions as")) \(t.name)(x)\n"
        for row in t.rows { out += "    \(row.input)  →  \(row.output)\n" }
        out += "  \(label("定义于", "defined at")) \(t.location)\n"
        return out
    }

    /// An indicator of a scorecard: points, scoring, condition, what it includes (with the clauses that
    /// match each pattern) and its own rules.
    public func indicator(_ i: Indicator, scorecard: Scorecard, catalog: Catalog) -> String {
        var out = heading("\(scorecard.id):\(i.id)", i.title) + "\n"
        let scoring = name(i.scoring)
        out += "  \(label("分值", "points"))\(colon)\(QuantityFormat.number(i.points))\(label("，", ", "))\(label("计分", "scoring"))\(colon)\(scoring)\(i.isVeto ? label("，否决项", ", veto") : "")\n"
        if let when = i.when { out += "  \(label("适用条件", "when"))\(colon)\(when.source)\n" }
        if let lead = i.lead.text(in: language) { out += "  \(label("牵头部门", "lead"))\(colon)\(lead)\n" }
        if let partners = i.partners.text(in: language) { out += "  \(label("配合部门", "partners"))\(colon)\(partners)\n" }
        if let note = i.note.text(in: language) { out += "  \(label("说明", "note"))\(colon)\(note)\n" }
        let clauses = catalog.standards.flatMap(\.clauses)
        for pattern in i.includes {
            let matched = clauses.filter { ClausePattern(pattern).matches($0.id) || $0.rules.contains { ClausePattern(pattern).matches($0.fullID) } }
            out += "  \(label("包含", "includes")) \(pattern)  (\(label("\(matched.count) 条", matched.count == 1 ? "1 clause" : "\(matched.count) clauses")))\n"
            for clause in matched { out += "    \(heading(clause.id, clause.title))\(clause.isManual ? label("（人工核查）", " (manual)") : "")\n" }
        }
        for rule in i.requirements + i.rules {
            let title = rule.title.text(in: language).map { "  \($0)" } ?? ""
            out += "  \(label("规则", "rule")) \(rule.fullID)\(title): \(rule.check.source)\n"
        }
        out += "  \(label("定义于", "defined at")) \(i.location)\n"
        return out
    }
}

extension CatalogListing {
    /// `catalog --vocabularies`: each vocabulary with its facts and part kinds, every attribute with its
    /// type, units or values.
    public func vocabularies(_ catalog: Catalog) -> String {
        let describe = CatalogDescription(language: language)
        return catalog.vocabularies.keys.sorted().compactMap { catalog.vocabularies[$0] }.map { vocabulary in
            describe.vocabulary(vocabulary) + vocabulary.parts.map { "\n" + describe.part($0, vocabulary: vocabulary) }.joined()
        }.joined(separator: "\n")
    }

    /// The vocabularies as JSON: `{"format": "a11y-rules/vocabularies", "version": 1, "vocabularies": [...]}`.
    public func vocabulariesJSON(_ catalog: Catalog) -> JSONValue {
        func localized(_ t: LocalizedText) -> JSONValue { .object([("zh", .optional(t.zh)), ("en", .optional(t.en))]) }
        func attribute(_ a: AttributeSpec) -> JSONValue {
            var values: JSONValue = .null
            if case .enumeration(let list) = a.type { values = .array(list.map(JSONValue.string)) }
            return .object([
                ("name", .string(a.name)), ("title", localized(a.title)), ("type", .string(a.type.description)),
                ("unit", .optional(a.unit?.symbol)), ("units", .array((a.type.dimension?.units ?? []).map { .string($0.symbol) })),
                ("values", values),
            ])
        }
        return .object([
            ("format", "a11y-rules/vocabularies"),
            ("version", 1),
            ("vocabularies", .array(catalog.vocabularies.keys.sorted().compactMap { catalog.vocabularies[$0] }.map { v in
                .object([
                    ("id", .string(v.id)), ("title", localized(v.title)), ("extends", .optional(v.extends)),
                    ("facts", .array(v.facts.map(attribute))),
                    ("parts", .array(v.parts.map { part in
                        .object([("name", .string(part.name)), ("title", localized(part.title)), ("attributes", .array(part.attributes.map(attribute)))])
                    })),
                ])
            })),
        ])
    }
}
