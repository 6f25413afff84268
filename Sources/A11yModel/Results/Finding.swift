/// The outcome of one rule for one instance (or one subject), with the evidence.
public struct Finding: Sendable, Hashable {
    /// The full rule id; nil for a manual clause's answer.
    public var rule: String?
    /// The full clause id (or `SCORECARD:INDICATOR` for an indicator's own rule).
    public var clause: String
    /// The part kind; nil for a subject rule.
    public var part: String?
    /// The instance id (the subject id for a subject rule).
    public var instance: String
    /// How the check ended for this instance.
    public var outcome: Outcome
    /// From the clause's obligation: error for must and shall, warning for should, note for may.
    public var severity: Severity
    /// The values the rule read, in the order the rule reads them: each with its name, the text the
    /// file wrote, and its typed value (a quantity with its unit, a bool, a date or text).
    public var observedValues: [ObservedValue]
    /// The values the rule read, by name, as written: ``observedValues`` as text only. Setting it
    /// replaces ``observedValues`` with values known only by their text.
    public var observed: [(name: String, value: String)] {
        get { observedValues.map { ($0.name, $0.text) } }
        set { observedValues = newValue.map { ObservedValue(name: $0.name, text: $0.value) } }
    }
    /// What the check required, with thresholds worked out (`rise <= 0.6 m`).
    public var expected: String?
    /// Attributes or facts that were needed and not given.
    public var missing: [String]
    /// Why the outcome is what it is, when not obvious (a straddled threshold, a table out of range, an
    /// answer's note), in Chinese and English; an answer's note is shown as written in both.
    public var reason: LocalizedText?
    /// The rule's message with placeholders filled, for a failure; the clause's question for a manual item.
    public var message: LocalizedText?
    /// Where the instance (or answer) was written.
    public var location: SourceLocation?
    /// The waiver that covers it, and whether it has expired.
    public var waiver: AppliedWaiver?
    /// The answer that gave the outcome, when a person (or an imported tool) gave it: who, when, why.
    public var answer: Answer?
    /// Whether a person (or an imported tool) gave the outcome.
    public var isAnswered: Bool { answer != nil }
    /// Clauses that supersede the finding's clause.
    public var supersededBy: [String]
    /// The obligation of the finding's clause; nil for an indicator's own rule (weighed as `shall`).
    public var obligation: Obligation?
    /// Whether the finding's clause is a mandatory provision (强制性条文).
    public var isMandatory: Bool = false
    /// When a linked rule (`same_as`) governs this one on the same instance: the governing finding's rule
    /// id. A scorecard that counts the governing finding leaves this one out and lists it as corroborating.
    public var corroborates: String?
    /// The rule ids of the linked findings on the same instance that corroborate this one.
    public var corroboratedBy: [String] = []
    /// How sure the catalog is of the threshold the finding rests on: the clause's `source.confidence`,
    /// or ``Confidence/unverified`` for a rule whose check holds a library default (`default:`).
    /// Nil for manual items and answers, and for indicator rules with no default.
    public var confidence: Confidence?
    /// Whether the threshold behind a rule's finding has not been checked against the standard's text.
    public var restsOnUnverifiedThreshold: Bool { rule != nil && confidence == .unverified }

    /// Creates a finding.
    public init(rule: String?, clause: String, part: String?, instance: String, outcome: Outcome, severity: Severity,
                observed: [(name: String, value: String)] = [], expected: String? = nil, missing: [String] = [],
                reason: LocalizedText? = nil, message: LocalizedText? = nil, location: SourceLocation? = nil,
                waiver: AppliedWaiver? = nil, answer: Answer? = nil, supersededBy: [String] = []) {
        self.rule = rule
        self.clause = clause
        self.part = part
        self.instance = instance
        self.outcome = outcome
        self.severity = severity
        self.observedValues = observed.map { ObservedValue(name: $0.name, text: $0.value) }
        self.expected = expected
        self.missing = missing
        self.reason = reason
        self.message = message
        self.location = location
        self.waiver = waiver
        self.answer = answer
        self.supersededBy = supersededBy
    }

    /// Whether a scorecard counts it: not inapplicable, and not covered by a waiver still in force.
    public var counts: Bool {
        outcome != .inapplicable && !(waiver.map { !$0.isExpired } ?? false)
    }

    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        lhs.rule == rhs.rule && lhs.clause == rhs.clause && lhs.part == rhs.part && lhs.instance == rhs.instance
            && lhs.outcome == rhs.outcome && lhs.severity == rhs.severity
            && lhs.observedValues == rhs.observedValues
            && lhs.expected == rhs.expected && lhs.missing == rhs.missing && lhs.reason == rhs.reason
            && lhs.message == rhs.message && lhs.location == rhs.location && lhs.waiver == rhs.waiver
            && lhs.answer == rhs.answer && lhs.supersededBy == rhs.supersededBy && lhs.obligation == rhs.obligation
            && lhs.isMandatory == rhs.isMandatory && lhs.corroborates == rhs.corroborates && lhs.corroboratedBy == rhs.corroboratedBy
            && lhs.confidence == rhs.confidence
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rule)
        hasher.combine(clause)
        hasher.combine(instance)
        hasher.combine(outcome)
    }
}

/// A waiver as applied to a finding.
public struct AppliedWaiver: Sendable, Hashable {
    /// The waiver as the subject file wrote it: reason, last day and who granted it.
    public var waiver: Waiver
    /// The clause or rule id the waiver was given for.
    public var key: String
    /// Whether it had expired by the subject's assessed date (it then no longer applies).
    public var isExpired: Bool

    /// Creates an applied waiver.
    public init(waiver: Waiver, key: String, isExpired: Bool) {
        self.waiver = waiver
        self.key = key
        self.isExpired = isExpired
    }
}
