import A11yModel
import A11yCatalog

/// Rules compiled for one subject kind: every standard written against that kind (or a vocabulary
/// it extends) and every scorecard's own rules, with names resolved to slots.
struct Program: Sendable {
    let layout: SlotLayout
    let tables: [Table]
    let rules: [CompiledRule]
    /// Each rule's full id, in rule order: one list, shared by the outcome tables and the result plan.
    let ruleIDs: [String]
    /// Clauses in evaluation order, with the indexes of their compiled rules.
    let clauses: [(clause: Clause, rules: [Int])]
    /// Indicator rule groups: owner id (`SCORECARD:INDICATOR`) → compiled rule indexes.
    let indicatorRules: [(owner: String, rules: [Int])]
    /// Indicator conditions (`when`), by owner id.
    let indicatorConditions: [String: Node]
    /// Rule links (`same_as`, symmetric), by full rule id; empty when no rule declares one.
    let links: [String: [String]]
    /// The rules' trees for the interpreter (let go by the columnar engine for the rules it runs itself).
    let trees: ProgramTrees

    init(catalog: Catalog, kind: String) {
        let vocabulary = catalog.vocabularies[kind] ?? Vocabulary(id: kind, location: SourceLocation(file: "", line: 1, column: 1))
        layout = SlotLayout(vocabulary)
        var compiler = Compiler(layout: layout)
        let presentations = RulePresentations(layout: layout)
        trees = ProgramTrees(layout: layout)
        var rules: [CompiledRule] = []
        var clauses: [(Clause, [Int])] = []
        for clause in catalog.clauses(forSubjectKind: kind) {
            var indexes: [Int] = []
            let standardID = catalog.standard(ofClause: clause.id)?.id ?? ""
            let tables = catalog.standard(standardID)?.tables ?? []
            for rule in clause.rules {
                guard let compiled = compiler.compile(rule, tables: tables, supersededBy: clause.supersededBy, clause: clause,
                                                      index: rules.count, presentations: presentations, trees: trees) else { continue }
                indexes.append(rules.count)
                rules.append(compiled)
            }
            clauses.append((clause, indexes))
        }
        var indicatorRules: [(String, [Int])] = []
        var conditions: [String: Node] = [:]
        for scorecard in catalog.scorecards(forSubjectKind: kind) {
            for indicator in scorecard.indicators {
                if let when = indicator.when?.expression, let node = compiler.compileCondition(when) {
                    conditions["\(scorecard.id):\(indicator.id)"] = node
                }
            }
            for indicator in scorecard.indicators where !indicator.rules.isEmpty || !indicator.requirements.isEmpty {
                var indexes: [Int] = []
                for rule in indicator.requirements + indicator.rules {
                    guard let compiled = compiler.compile(rule, tables: [], supersededBy: [], index: rules.count, presentations: presentations,
                                                          trees: trees) else { continue }
                    indexes.append(rules.count)
                    rules.append(compiled)
                }
                indicatorRules.append(("\(scorecard.id):\(indicator.id)", indexes))
            }
        }
        var links: [String: [String]] = [:]
        for compiled in rules where !compiled.rule.sameAs.isEmpty {
            links[compiled.rule.fullID] = compiled.rule.sameAs.map(\.rule)
        }
        self.links = links
        self.rules = rules
        ruleIDs = rules.map(\.rule.fullID)
        self.clauses = clauses
        self.indicatorRules = indicatorRules
        self.indicatorConditions = conditions
        self.tables = compiler.tables
    }

    /// A program for a single rule (rule tests).
    init(rule: Rule, vocabulary: Vocabulary, tables: [Table]) {
        layout = SlotLayout(vocabulary)
        var compiler = Compiler(layout: layout)
        trees = ProgramTrees(layout: layout)
        rules = compiler.compile(rule, tables: tables, supersededBy: [], index: 0, presentations: RulePresentations(layout: layout),
                                 trees: trees).map { [$0] } ?? []
        ruleIDs = rules.map(\.rule.fullID)
        clauses = []
        indicatorRules = []
        indicatorConditions = [:]
        links = [:]
        self.tables = compiler.tables
    }
}

/// A rule with its expressions compiled. A class, so that hot loops over rules pass one reference
/// instead of copying (and retaining) every field.
final class CompiledRule: Sendable {
    let rule: Rule
    /// The rule's place among its program's rules, and its part kind index (−1: a subject rule), in 32
    /// bits each: one object per rule, so every field is paid 100,000 times in a large catalog.
    private let place: (index: Int32, kind: Int32)
    /// The part kind index, or nil for a subject rule.
    var kind: Int? { place.kind < 0 ? nil : Int(place.kind) }
    /// The tables the rule's expressions name, with their indexes among the program's tables (mostly none).
    let tables: [String: TableSlot]
    let supersededBy: [String]
    /// The obligation of the rule's clause (nil for an indicator's own rule).
    let obligation: Obligation?
    let isMandatory: Bool
    /// The rule's place among its program's rules.
    var index: Int { Int(place.index) }
    /// Where ``presentation`` is made and kept (shared by the program's rules).
    let presentations: RulePresentations

    /// Where ``trees`` are kept and made again (shared by the program's rules).
    let programTrees: ProgramTrees

    init(rule: Rule, kind: Int?, tables: [String: TableSlot], supersededBy: [String], obligation: Obligation? = nil,
         isMandatory: Bool = false, index: Int, presentations: RulePresentations, trees: ProgramTrees) {
        self.rule = rule
        place = (Int32(index), Int32(kind ?? -1))
        self.tables = tables
        self.supersededBy = supersededBy
        self.obligation = obligation
        self.isMandatory = isMandatory
        self.presentations = presentations
        programTrees = trees
    }

    /// The `when` and check for the interpreter (made again if the columnar engine let them go): read
    /// once per rule, not per instance, in loops.
    var trees: RuleTrees { programTrees.trees(of: self) }

    /// What a listed finding of this rule shows, made the first time a finding asks for it.
    var presentation: RulePresentation { presentations.presentation(of: self) }
}

/// A table a rule names: its index among the program's tables, and the table.
struct TableSlot: Sendable {
    let index: Int
    let table: Table
}
