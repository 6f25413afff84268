import A11yModel

/// Turns type-checked expressions into slot-addressed ``Node`` trees.
struct Compiler {
    let layout: SlotLayout
    private(set) var tables: [Table] = []
    private var tableIndex: [String: Int] = [:]

    init(layout: SlotLayout) {
        self.layout = layout
    }

    /// A rule's `when` and check compiled; what only a listed finding shows (``RulePresentation``) is made
    /// from the rule when first asked for, through `presentations` (`index`: the rule's place in the program).
    mutating func compile(_ rule: Rule, tables: [Table], supersededBy: [String], clause: Clause? = nil,
                          index: Int, presentations: RulePresentations, trees: ProgramTrees) -> CompiledRule? {
        var kind: Int?
        if case .part(let name) = rule.target {
            guard let slot = layout.kindSlots[name] else { return nil }
            kind = slot
        }
        let scopeTables = Dictionary(tables.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var slots: [String: TableSlot] = [:]
        registerTables(rule.check.expression, scope: scopeTables, into: &slots)
        if let expression = rule.when?.expression { registerTables(expression, scope: scopeTables, into: &slots) }
        guard let made = self.trees(of: rule, kind: kind, tables: slots) else { return nil }
        trees.keep(made, at: index)
        return CompiledRule(
            rule: rule, kind: kind, tables: slots, supersededBy: supersededBy, obligation: clause?.obligation,
            isMandatory: clause?.isMandatory ?? false, index: index, presentations: presentations, trees: trees)
    }

    /// A rule's `when` and check as nodes, with the tables it names numbered as in `tables`; nil when
    /// either cannot be compiled.
    func trees(of rule: Rule, kind: Int?, tables: [String: TableSlot]) -> RuleTrees? {
        guard let check = node(rule.check.expression, kind: kind, tables: tables) else { return nil }
        guard let expression = rule.when?.expression else { return RuleTrees(when: nil, check: check) }
        guard let when = node(expression, kind: kind, tables: tables) else { return nil }
        return RuleTrees(when: when, check: check)
    }

    /// A subject-level condition (an indicator's `when`): bare names are facts.
    func compileCondition(_ expression: Expression) -> Node? {
        node(expression, kind: nil, tables: [:])
    }

    /// What a listed finding of `rule` shows: the expectation and the names read, made from its check.
    func presentation(of rule: CompiledRule) -> RulePresentation {
        var attributes: [(slot: Int, name: String)] = []
        var facts: [(slot: Int, name: String)] = []
        for expression in [rule.rule.when?.expression, rule.rule.check.expression].compactMap({ $0 }) {
            collectNames(expression, kind: rule.kind, attributes: &attributes, facts: &facts)
        }
        let check = rule.rule.check
        let expectation = self.expectation(check.expression, source: Array(check.source.unicodeScalars), kind: rule.kind, tables: rule.tables)
        return RulePresentation(expectation: expectation, observedAttributes: attributes, observedFacts: facts)
    }

    /// Gives every table `e` names in `scope` its index among the program's tables (a new one at the end),
    /// the innermost first: the order in which compiling the nodes used to number them.
    private mutating func registerTables(_ e: Expression, scope: [String: Table], into slots: inout [String: TableSlot]) {
        switch e.kind {
        case .literal, .attribute, .fact, .parts, .present:
            return
        case .not(let a), .negate(let a):
            registerTables(a, scope: scope, into: &slots)
        case .logical(_, let a, let b), .comparison(_, let a, let b), .arithmetic(_, let a, let b):
            registerTables(a, scope: scope, into: &slots)
            registerTables(b, scope: scope, into: &slots)
        case .inRange(let a, let b, let c):
            for x in [a, b, c] { registerTables(x, scope: scope, into: &slots) }
        case .aggregate(_, _, let filter, let body):
            if let filter { registerTables(filter, scope: scope, into: &slots) }
            if let body { registerTables(body, scope: scope, into: &slots) }
        case .function(_, let arguments):
            for x in arguments { registerTables(x, scope: scope, into: &slots) }
        case .table(let name, let argument):
            registerTables(argument, scope: scope, into: &slots)
            guard slots[name] == nil, let table = scope[name] else { return }
            let key = "\(table.location)#\(name)"
            let index: Int
            if let existing = tableIndex[key] {
                index = existing
            } else {
                index = self.tables.count
                self.tables.append(table)
                tableIndex[key] = index
            }
            slots[name] = TableSlot(index: index, table: table)
        }
    }

    /// Names read directly (outside aggregates), in order of appearance, without repeats.
    private func collectNames(_ e: Expression, kind: Int?, attributes: inout [(slot: Int, name: String)], facts: inout [(slot: Int, name: String)]) {
        switch e.kind {
        case .attribute(let name):
            if let kind, let slot = layout.attributeSlots[kind][name], !attributes.contains(where: { $0.0 == slot }) {
                attributes.append((slot, name))
            } else if kind == nil, let slot = layout.factSlots[name], !facts.contains(where: { $0.0 == slot }) {
                facts.append((slot, name))
            }
        case .fact(let name):
            if let slot = layout.factSlots[name], !facts.contains(where: { $0.0 == slot }) { facts.append((slot, name)) }
        case .literal, .parts, .aggregate:
            break
        case .not(let a), .negate(let a), .present(let a), .table(_, let a):
            collectNames(a, kind: kind, attributes: &attributes, facts: &facts)
        case .logical(_, let a, let b), .comparison(_, let a, let b), .arithmetic(_, let a, let b):
            collectNames(a, kind: kind, attributes: &attributes, facts: &facts)
            collectNames(b, kind: kind, attributes: &attributes, facts: &facts)
        case .inRange(let a, let b, let c):
            for x in [a, b, c] { collectNames(x, kind: kind, attributes: &attributes, facts: &facts) }
        case .function(_, let arguments):
            for x in arguments { collectNames(x, kind: kind, attributes: &attributes, facts: &facts) }
        }
    }

    private func node(_ e: Expression, kind: Int?, tables: [String: TableSlot]) -> Node? {
        switch e.kind {
        case .literal(let value):
            return .constant(Datum(value))
        case .attribute(let name):
            // In a subject rule bare names are facts.
            guard let kind else { return layout.factSlots[name].map(Node.fact) }
            return layout.attributeSlots[kind][name].map(Node.attribute)
        case .fact(let name):
            return layout.factSlots[name].map(Node.fact)
        case .parts:
            return nil
        case .not(let a):
            return node(a, kind: kind, tables: tables).map(Node.not)
        case .negate(let a):
            return node(a, kind: kind, tables: tables).map(Node.negate)
        case .logical(let op, let a, let b):
            guard let l = node(a, kind: kind, tables: tables), let r = node(b, kind: kind, tables: tables) else { return nil }
            return op == .and ? .and(l, r) : .or(l, r)
        case .comparison(let op, let a, let b):
            guard let l = node(a, kind: kind, tables: tables), let r = node(b, kind: kind, tables: tables) else { return nil }
            return .compare(op, l, r)
        case .arithmetic(let op, let a, let b):
            guard let l = node(a, kind: kind, tables: tables), let r = node(b, kind: kind, tables: tables) else { return nil }
            return .arithmetic(op, l, r)
        case .inRange(let value, let lower, let upper):
            guard let v = node(value, kind: kind, tables: tables), let lo = node(lower, kind: kind, tables: tables),
                  let hi = node(upper, kind: kind, tables: tables) else { return nil }
            return .inRange(v, lo, hi)
        case .aggregate(let aggregate, let kindName, let filter, let body):
            guard let iterated = layout.kindSlots[kindName] else { return nil }
            var filterNode: Node?
            if let filter {
                guard let compiled = node(filter, kind: iterated, tables: tables) else { return nil }
                filterNode = compiled
            }
            var bodyNode: Node?
            if let body {
                guard let compiled = node(body, kind: iterated, tables: tables) else { return nil }
                bodyNode = compiled
            }
            return .aggregate(aggregate, kind: iterated, filter: filterNode, body: bodyNode)
        case .function(let function, let arguments):
            var nodes: [Node] = []
            for argument in arguments {
                guard let compiled = node(argument, kind: kind, tables: tables) else { return nil }
                nodes.append(compiled)
            }
            return .function(function, nodes)
        case .present(let argument):
            switch argument.kind {
            case .attribute(let name):
                guard let kind else { return layout.factSlots[name].map(Node.presentFact) }
                return layout.attributeSlots[kind][name].map(Node.presentAttribute)
            case .fact(let name):
                return layout.factSlots[name].map(Node.presentFact)
            default:
                return nil
            }
        case .table(let name, let argument):
            guard let slot = tables[name], let input = node(argument, kind: kind, tables: tables) else { return nil }
            return .table(slot.index, input)
        }
    }

    // MARK: Expectations

    private func expectation(_ e: Expression, source: [Unicode.Scalar], kind: Int?, tables: [String: TableSlot]) -> Expectation {
        let shown = ungroupedExpectation(e, source: source, kind: kind, tables: tables)
        if case .text = shown { return shown }
        return Self.isParenthesised(e.range, in: source) ? .grouped(shown) : shown
    }

    private func ungroupedExpectation(_ e: Expression, source: [Unicode.Scalar], kind: Int?, tables: [String: TableSlot]) -> Expectation {
        func text(_ x: Expression) -> String {
            let range = x.range.clamped(to: 0..<source.count)
            return String(String.UnicodeScalarView(source[range]))
        }
        /// The author's text of a threshold that is the same for every instance.
        func written(_ x: Expression) -> String? { Self.isConstant(x) ? text(x) : nil }
        switch e.kind {
        case .logical(let op, let a, let b):
            let l = expectation(a, source: source, kind: kind, tables: tables)
            let r = expectation(b, source: source, kind: kind, tables: tables)
            return op == .and ? .and(l, r) : .or(l, r)
        case .comparison(let op, let a, let b):
            guard let left = node(a, kind: kind, tables: tables), let right = node(b, kind: kind, tables: tables) else {
                return .text(text(e))
            }
            return .compare(text(a), left, op, right, notation(b, kind: kind, tables: tables) ?? notation(a, kind: kind, tables: tables),
                            written: written(b))
        case .inRange(let value, let lower, let upper):
            guard let v = node(value, kind: kind, tables: tables), let lo = node(lower, kind: kind, tables: tables),
                  let hi = node(upper, kind: kind, tables: tables) else {
                return .text(text(e))
            }
            return .range(text(value), v, lo, hi, notation(lower, kind: kind, tables: tables) ?? notation(value, kind: kind, tables: tables),
                          writtenLower: written(lower), writtenUpper: written(upper))
        default:
            return .text(text(e))
        }
    }

    /// Whether an expression's value is the same for every subject and instance: literals and
    /// arithmetic on them.
    static func isConstant(_ e: Expression) -> Bool {
        switch e.kind {
        case .literal: return true
        case .negate(let a): return isConstant(a)
        case .arithmetic(_, let a, let b): return isConstant(a) && isConstant(b)
        default: return false
        }
    }

    /// Whether `range` of `source` is one parenthesised expression: it opens with `(` whose match is
    /// its last character (`(a or b)`, not `(a) or (b)`). Parentheses inside string literals do not count.
    static func isParenthesised(_ range: Range<Int>, in source: [Unicode.Scalar]) -> Bool {
        let range = range.clamped(to: 0..<source.count)
        guard range.count >= 2, source[range.lowerBound] == "(", source[range.upperBound - 1] == ")" else { return false }
        var depth = 0, inString = false
        for index in range {
            let c = source[index]
            if inString { if c == "\"" { inString = false }; continue }
            if c == "\"" { inString = true } else if c == "(" { depth += 1 } else if c == ")" {
                depth -= 1
                if depth == 0 { return index == range.upperBound - 1 }
            }
        }
        return false
    }

    /// How values of an expression are best shown.
    private func notation(_ e: Expression, kind: Int?, tables: [String: TableSlot]) -> Quantity.Notation? {
        switch e.kind {
        case .literal(.quantity(let q)):
            return q.notation
        case .attribute(let name), .fact(let name):
            var spec = layout.vocabulary.fact(name)
            if case .attribute = e.kind, let kind { spec = layout.vocabulary.parts[kind].attribute(name) }
            guard let spec else { return nil }
            if let unit = spec.unit { return .unit(unit) }
            switch spec.type {
            case .ratio: return .ratio
            case .count, .number: return .plain
            case .quantity(let d): return d.units.first.map { .unit($0) }
            default: return nil
            }
        case .table(let name, _):
            return tables[name]?.table.rows.first?.output.notation
        case .arithmetic(_, let a, let b):
            return notation(a, kind: kind, tables: tables) ?? notation(b, kind: kind, tables: tables)
        case .function(_, let arguments):
            return arguments.lazy.compactMap { notation($0, kind: kind, tables: tables) }.first
        case .negate(let a):
            return notation(a, kind: kind, tables: tables)
        default:
            return nil
        }
    }
}
