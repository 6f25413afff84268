/// Which findings a result lists (`evaluate --findings … --standard …`). Outcome counts, clause
/// verdicts and scores always come from every finding; the selection only decides which findings are
/// kept in ``SubjectResult/findings`` (so the evaluator never builds details nobody writes).
public struct FindingSelection: Sendable, Hashable {
    /// The outcomes listed.
    public var outcomes: Set<Outcome>
    /// The standards whose clauses' findings are listed; nil lists every standard (and the findings of
    /// indicators' own rules, which belong to no standard).
    public var standards: Set<String>?
    /// The scorecards whose counted findings are listed (`evaluate --scorecard ID`): a finding is listed
    /// only when one of these scorecards' indicators covers it. Nil lists findings whatever counts them.
    public var scorecards: Set<String>?

    /// Creates a selection.
    public init(outcomes: Set<Outcome>, standards: Set<String>? = nil, scorecards: Set<String>? = nil) {
        self.outcomes = outcomes
        self.standards = standards
        self.scorecards = scorecards
    }

    /// Every finding.
    public static let all = FindingSelection(outcomes: Set(Outcome.allCases))
    /// No finding: counts, verdicts and scores only.
    public static let none = FindingSelection(outcomes: [])
    /// Failed findings only.
    public static let failed = FindingSelection(outcomes: [.failed])
    /// What needs action: failed, cannot tell (missing or straddling data) and untested (unanswered
    /// manual items).
    public static let undecided = FindingSelection(outcomes: [.failed, .cantTell, .untested])

    /// Whether every finding is listed.
    public var isAll: Bool { outcomes.count == Outcome.allCases.count && standards == nil && scorecards == nil }

    /// Whether a finding with `outcome`, from a clause of the standard `standard` (nil: an indicator's
    /// own rule), is listed as far as outcome and standard go (``scorecards`` is checked by the evaluator,
    /// which knows what each scorecard covers).
    public func lists(_ outcome: Outcome, standard: String?) -> Bool {
        guard outcomes.contains(outcome) else { return false }
        guard let standards else { return true }
        return standard.map(standards.contains) ?? false
    }

    /// The same selection limited to `standards` (nil keeps the current limit).
    public func limited(to standards: Set<String>?) -> FindingSelection {
        FindingSelection(outcomes: outcomes, standards: standards ?? self.standards, scorecards: scorecards)
    }

    /// The same selection limited to the findings `scorecards` count (nil keeps the current limit).
    public func limited(toScorecards scorecards: Set<String>?) -> FindingSelection {
        FindingSelection(outcomes: outcomes, standards: standards, scorecards: scorecards ?? self.scorecards)
    }
}
