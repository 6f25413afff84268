import A11yModel

/// The loaded, checked catalogs: vocabularies, standards and scorecards, with indexes by id.
public struct Catalog: Sendable {
    /// Vocabularies by id, with inheritance resolved.
    public private(set) var vocabularies: [String: Vocabulary]
    /// Standards, in load order.
    public private(set) var standards: [Standard]
    /// Scorecards, in load order, with `extends` resolved.
    public private(set) var scorecards: [Scorecard]
    /// Programmes, in load order (DSL §7).
    public private(set) var programmes: [Programme]

    /// Every clause's place (standard, clause), in order, and an index of them by clause id.
    private var clausePlaces: [(standard: Int32, clause: Int32)] = []
    private var clauseIndex = StringIndex()
    /// Every rule's place, in order, and an index of them by full id: places, not copies (a rule holds
    /// many strings to retain), and an index that stores no id (the ids are read from the rules).
    private var rulePlaces: [RulePosition] = []
    private var ruleIndex = StringIndex()

    /// A rule's place: in a clause of a standard, or in an indicator of a scorecard.
    private enum RulePosition {
        case standard(Int32, Int32, Int32)
        case scorecard(Int32, Int32, Int32)
    }

    /// The id of the clause at `place`.
    private func clauseID(at place: Int) -> String {
        let (s, c) = clausePlaces[place]
        return standards[Int(s)].clauses[Int(c)].id
    }

    /// The full id of the rule at `place`.
    private func ruleID(at place: Int) -> String {
        rule(at: rulePlaces[place]).fullID
    }

    private func rule(at position: RulePosition) -> Rule {
        switch position {
        case .standard(let s, let c, let r): return standards[Int(s)].clauses[Int(c)].rules[Int(r)]
        case .scorecard(let s, let i, let r): return scorecards[Int(s)].indicators[Int(i)].rules[Int(r)]
        }
    }

    /// Where the clause with this id is (the last one written, as with a dictionary).
    private func clausePlace(_ id: String) -> (standard: Int, clause: Int)? {
        clauseIndex.last(of: id, key: clauseID(at:)).map { (Int(clausePlaces[$0].standard), Int(clausePlaces[$0].clause)) }
    }

    /// Where the rule with this full id is (the last one written).
    private func rulePosition(_ fullID: String) -> RulePosition? {
        ruleIndex.last(of: fullID, key: ruleID(at:)).map { rulePlaces[$0] }
    }

    /// Creates a catalog and its indexes.
    public init(vocabularies: [String: Vocabulary] = [:], standards: [Standard] = [], scorecards: [Scorecard] = [],
                programmes: [Programme] = []) {
        self.vocabularies = vocabularies
        self.standards = standards
        self.scorecards = scorecards
        self.programmes = programmes
        clausePlaces.reserveCapacity(standards.reduce(0) { $0 + $1.clauses.count })
        rulePlaces.reserveCapacity(standardRuleCount)
        // Through indices: nothing is copied, not each clause and rule (with all their strings), nor an id.
        for s in standards.indices {
            for c in standards[s].clauses.indices {
                clausePlaces.append((Int32(s), Int32(c)))
                for r in standards[s].clauses[c].rules.indices { rulePlaces.append(.standard(Int32(s), Int32(c), Int32(r))) }
            }
        }
        for s in scorecards.indices {
            for i in scorecards[s].indicators.indices {
                for r in scorecards[s].indicators[i].rules.indices { rulePlaces.append(.scorecard(Int32(s), Int32(i), Int32(r))) }
            }
        }
        clauseIndex = StringIndex(positions: clausePlaces.count, key: clauseID(at:))
        ruleIndex = StringIndex(positions: rulePlaces.count, key: ruleID(at:))
    }

    /// The clause with this full id (`GB50763-2012:3.4.4`).
    public func clause(_ id: String) -> Clause? {
        clausePlace(id).map { standards[$0.standard].clauses[$0.clause] }
    }

    /// The standard a clause id belongs to.
    public func standard(ofClause id: String) -> Standard? {
        clausePlace(id).map { standards[$0.standard] }
    }

    /// The standard with this id.
    public func standard(_ id: String) -> Standard? { standards.first { $0.id == id } }

    /// The rule with this full id (`GB50763-2012:3.4.4#ramp-rise`).
    public func rule(_ fullID: String) -> Rule? {
        rulePosition(fullID).map(rule(at:))
    }

    /// The scorecard with this id.
    public func scorecard(_ id: String) -> Scorecard? { scorecards.first { $0.id == id } }

    /// The programme with this id.
    public func programme(_ id: String) -> Programme? { programmes.first { $0.id == id } }

    /// The subject kind a clause or rule id is written for, from the indexes (no copy of the ids):
    /// nil when no clause or rule has the id; `.some(nil)` when it has one whose standard names no vocabulary.
    /// The same as `subjectKinds[id]`.
    func subjectKind(ofID id: String) -> String?? {
        if let position = clausePlace(id) { return .some(standards[position.standard].vocabulary) }
        switch rulePosition(id) {
        case .standard(let s, _, _): return .some(standards[Int(s)].vocabulary)
        case .scorecard(let s, _, _): return .some(scorecards[Int(s)].subjectKind)
        case nil: return nil
        }
    }

    /// Every clause id and full rule id, for answers and waivers.
    public var knownIDs: Set<String> {
        Set(clauseIndex.firstPositions.map(clauseID(at:))).union(ruleIndex.firstPositions.map(ruleID(at:)))
    }

    /// For every clause id and full rule id, the subject kind it is written for (its standard's
    /// vocabulary, or its scorecard's subject); nil for a standard that names no vocabulary.
    public var subjectKinds: [String: String?] {
        var kinds: [String: String?] = Dictionary(minimumCapacity: clauseIndex.count + ruleIndex.count)
        for standard in standards {
            for clause in standard.clauses {
                kinds[clause.id] = .some(standard.vocabulary)
                for rule in clause.rules { kinds[rule.fullID] = .some(standard.vocabulary) }
            }
        }
        for scorecard in scorecards {
            for indicator in scorecard.indicators {
                for rule in indicator.rules { kinds[rule.fullID] = .some(scorecard.subjectKind) }
            }
        }
        return kinds
    }

    /// Every rule of the standards, in order.
    ///
    /// - Complexity: O(*n*) in the rules, each copied; for their number, ``standardRuleCount`` copies none.
    public var standardRules: [Rule] { standards.flatMap { $0.clauses.flatMap(\.rules) } }

    /// How many rules the standards hold (the count of ``standardRules``, without copying a rule).
    public var standardRuleCount: Int {
        var count = 0
        for s in standards.indices {
            for c in standards[s].clauses.indices { count += standards[s].clauses[c].rules.count }
        }
        return count
    }

    /// The clauses of standards written against `kind` (or a vocabulary it extends).
    public func clauses(forSubjectKind kind: String) -> [Clause] {
        let kinds = lineage(of: kind)
        return standards.filter { $0.vocabulary.map(kinds.contains) ?? false }.flatMap(\.clauses)
    }

    /// `kind` and the vocabularies it extends.
    public func lineage(of kind: String) -> Set<String> {
        Vocabulary.lineage(of: kind, in: vocabularies)
    }

    /// The scorecards that score `kind`: those written for it or for a vocabulary it extends (a
    /// scorecard for `online-service` scores websites and apps alike when both extend it).
    public func scorecards(forSubjectKind kind: String) -> [Scorecard] {
        let kinds = lineage(of: kind)
        return scorecards.filter { kinds.contains($0.subjectKind) }
    }
}
