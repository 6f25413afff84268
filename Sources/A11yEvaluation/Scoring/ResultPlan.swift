import A11yModel
import A11yCatalog

/// What a subject's results need from its kind's program, worked out once when the evaluator is made:
/// where each rule's findings fall in the finding order, what supersedes them, and which findings each
/// indicator of each scorecard counts, as lists of rule indexes. ``Evaluator`` reads it to compute
/// counts, clause verdicts and scores from the engine's outcome bytes without building a finding per
/// (rule, instance) (see `Evaluator+Results.swift`).
///
/// Slots are the places findings come from, in finding order: each clause of `program.clauses`, then
/// each indicator-rule owner of `program.indicatorRules`.
struct ResultPlan: Sendable {
    /// Per rule: its slot.
    let ruleSlot: [Int32]
    /// Per rule: its row group in the chunk (the part kind index, or the kind count for subject rules).
    let ruleGroup: [Int32]
    /// Per rule: whether it is linked (`same_as`), so its findings are always built (corroborations).
    let isLinked: [Bool]
    /// Per rule: the clause keys of the clauses that supersede it (mostly empty).
    let ruleSuperseders: [[Int32]]
    /// Per rule: the clause key of its findings' clause.
    let ruleClauseKey: [Int32]
    /// Per slot: the clause keys of the clauses that supersede its clause-level findings.
    let slotSuperseders: [[Int32]]
    /// Per slot: the standard its clause belongs to (nil for indicator-rule owners).
    let slotStandard: [String?]
    /// Every clause id findings can carry (clauses and owners), numbered: the clause keys.
    let clauseKeys: [String: Int32]
    /// Rule indexes by full rule id (keys: ``ruleIDs``) and by clause id (keys: the rules' clause ids),
    /// of the rules with a slot: what answers and waivers name.
    let rulesByID: StringIndex
    let rulesByClauseID: StringIndex
    /// Per rule: its full id. Per clause slot: the clause's id, whether it is manual, its obligation,
    /// whether it is mandatory, its confidence, and its rules (`slotRules[slotRuleStart[slot]..<slotRuleStart[slot + 1]]`):
    /// read in the per-subject loops instead of copying each `Clause`.
    let ruleIDs: [String]
    /// Per rule: the first rule index with its full id, so that two rules' ids are equal exactly when
    /// their keys are (what ``FirstSeenIDs`` compares instead of the ids).
    let ruleIDKeys: [Int32]
    let slotClauseID: [String]
    let slotIsManual: [Bool]
    let slotObligation: [Obligation?]
    let slotMandatory: [Bool]
    let slotConfidence: [Confidence?]
    let slotRuleStart: [Int]
    let slotRules: [Int]

    /// The indexes of the rules (with a slot) whose full id is `id`.
    func rules(withID id: String) -> StringIndex.Positions {
        rulesByID.positions(of: id) { ruleIDs[$0] }
    }

    /// The indexes of the rules (with a slot) of `program` (the plan's) whose clause id is `id`.
    func rules(withClauseID id: String, in program: Program) -> StringIndex.Positions {
        rulesByClauseID.positions(of: id) { program.rules[$0].rule.clauseID }
    }

    /// Whether some rule or clause of the program can be superseded.
    let anySuperseded: Bool
    /// Each scorecard for the kind, in catalog order.
    let scorecards: [ScorecardPlan]

    init(program: Program, catalog: Catalog, kind: String) {
        let clauseCount = program.clauses.count
        var keys: [String: Int32] = [:]
        func key(_ id: String) -> Int32 {
            if let existing = keys[id] { return existing }
            let next = Int32(keys.count)
            keys[id] = next
            return next
        }
        var ruleSlot = [Int32](repeating: -1, count: program.rules.count)
        var slotSuperseders: [[Int32]] = []
        var slotStandard: [String?] = []
        for (slot, entry) in program.clauses.enumerated() {
            _ = key(entry.clause.id)
            slotSuperseders.append(entry.clause.supersededBy.map(key))
            slotStandard.append(catalog.standard(ofClause: entry.clause.id)?.id)
            if !entry.clause.isManual { for rule in entry.rules { ruleSlot[rule] = Int32(slot) } }
        }
        for (offset, entry) in program.indicatorRules.enumerated() {
            _ = key(entry.owner)
            slotSuperseders.append([])
            slotStandard.append(nil)
            for rule in entry.rules { ruleSlot[rule] = Int32(clauseCount + offset) }
        }
        let layout = program.layout
        self.ruleSlot = ruleSlot
        ruleGroup = program.rules.map { Int32($0.kind ?? layout.kindCount) }
        isLinked = program.rules.map { program.links[$0.rule.fullID] != nil }
        ruleSuperseders = program.rules.map { $0.supersededBy.map(key) }
        ruleClauseKey = program.rules.map { key($0.rule.clauseID) }
        self.slotSuperseders = slotSuperseders
        self.slotStandard = slotStandard
        rulesByClauseID = StringIndex(positions: program.rules.count, including: { ruleSlot[$0] >= 0 }) {
            program.rules[$0].rule.clauseID
        }
        let ruleIDs = program.ruleIDs
        self.ruleIDs = ruleIDs
        var firstWithID: [String: Int32] = Dictionary(minimumCapacity: ruleIDs.count)
        ruleIDKeys = ruleIDs.indices.map { index in
            if let first = firstWithID[ruleIDs[index]] { return first }
            firstWithID[ruleIDs[index]] = Int32(index)
            return Int32(index)
        }
        rulesByID = StringIndex(positions: ruleIDs.count, including: { ruleSlot[$0] >= 0 }, key: { ruleIDs[$0] })
        slotClauseID = program.clauses.map(\.clause.id)
        slotIsManual = program.clauses.map(\.clause.isManual)
        slotObligation = program.clauses.map(\.clause.obligation)
        slotMandatory = program.clauses.map(\.clause.isMandatory)
        slotConfidence = program.clauses.map(\.clause.provenance.confidence)
        var starts = [0]
        var flat: [Int] = []
        for entry in program.clauses {
            if !entry.clause.isManual { flat += entry.rules }
            starts.append(flat.count)
        }
        slotRuleStart = starts
        slotRules = flat
        anySuperseded = ruleSuperseders.contains { !$0.isEmpty } || slotSuperseders.contains { !$0.isEmpty }
        clauseKeys = keys
        scorecards = catalog.scorecards(forSubjectKind: kind).map { ScorecardPlan($0, program: program, ruleSlot: ruleSlot) }
    }
}

/// One scorecard's indicators as the findings they count, in finding order.
struct ScorecardPlan: Sendable {
    let scorecard: Scorecard
    let indicators: [IndicatorPlan]
    /// Per indicator: its compiled `when`, if it has one (looked up once, not per subject by a made id).
    let conditions: [Node?]

    init(_ scorecard: Scorecard, program: Program, ruleSlot: [Int32]) {
        self.scorecard = scorecard
        conditions = scorecard.indicators.map { program.indicatorConditions["\(scorecard.id):\($0.id)"] }
        // Stand-ins with a finding's ids, to ask the scorer's own coverage test.
        let ruleProbes = program.rules.map { Finding(rule: $0.rule.fullID, clause: $0.rule.clauseID, part: nil, instance: "",
                                                     outcome: .passed, severity: .error) }
        let clauseProbes = program.clauses.map { Finding(rule: nil, clause: $0.clause.id, part: nil, instance: "", outcome: .passed,
                                                         severity: .error) }
        indicators = scorecard.indicators.map { indicator in
            let isCovered = Scorer.covered(by: indicator, in: scorecard)
            // Without a pattern naming a rule, a rule is covered exactly when its clause is: test each clause once.
            let namesRules = indicator.includes.contains { ClausePattern($0).namesRule }
            let requirements = Set(indicator.requirements.map(\.fullID))
            var plan = IndicatorPlan(owner: "\(scorecard.id):\(indicator.id)")
            /// `clauseCovered`: whether the rule's clause is covered, when the rule's findings carry that clause's id.
            func addRule(_ rule: Int, clauseCovered: Bool?) {
                guard ruleSlot[rule] >= 0 else { return }
                let covered = namesRules ? nil : clauseCovered
                guard covered ?? isCovered(ruleProbes[rule]) else { return }
                plan.entries.append(Int32(rule))
                plan.isRequirement.append(requirements.contains(program.rules[rule].rule.fullID))
                plan.weights.append(scorecard.weights.weight(of: program.rules[rule].obligation))
            }
            for (slot, entry) in program.clauses.enumerated() {
                let clauseCovered = isCovered(clauseProbes[slot])
                if !entry.clause.isManual {
                    for rule in entry.rules {
                        addRule(rule, clauseCovered: program.rules[rule].rule.clauseID == entry.clause.id ? clauseCovered : nil)
                    }
                }
                if clauseCovered {
                    plan.entries.append(-1 - Int32(slot))
                    plan.isRequirement.append(false)
                    plan.weights.append(0)
                }
            }
            for entry in program.indicatorRules { for rule in entry.rules { addRule(rule, clauseCovered: nil) } }
            return plan
        }
    }
}

/// The findings one indicator counts, in finding order: a rule's findings (entry ≥ 0, the rule index)
/// or a clause slot's clause-level findings (manual items, answers and evidence: entry −1 − slot).
struct IndicatorPlan: Sendable {
    let owner: String
    var entries: [Int32] = []
    /// Per entry: whether the rule is one of the indicator's presence requirements.
    var isRequirement: [Bool] = []
    /// Per rule entry: the weight of its checks on the scorecard (clause-level findings weigh their own obligation).
    var weights: [Double] = []

    init(owner: String) {
        self.owner = owner
    }
}
