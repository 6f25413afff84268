/// One automated check: for each instance of a part kind (or once per subject), an applicability
/// condition and a check (DSL §2).
public struct Rule: Sendable, Hashable {
    /// What a rule is evaluated for.
    public enum Target: Sendable, Hashable, CustomStringConvertible {
        /// Once per subject.
        case subject
        /// Once per instance of this part kind.
        case part(String)

        public var description: String {
            switch self {
            case .subject: return "subject"
            case .part(let kind): return kind
            }
        }
    }

    /// The rule's own id, unique in its clause or indicator.
    public var id: String
    /// `STANDARD:CLAUSE#RULE` (or `SCORECARD:INDICATOR#RULE` for an indicator's own rule).
    public var fullID: String
    /// The full id of its clause (or `SCORECARD:INDICATOR`).
    public var clauseID: String
    /// What it is evaluated for (`for:`): once per subject, or once per instance of a part kind.
    public var target: Target
    /// Applicability; nil means always applicable.
    public var when: RuleExpression?
    /// The bool expression that must hold wherever the rule applies.
    public var check: RuleExpression
    /// Text shown with a failure, with placeholders such as `{clear_width}` and `{expected}`; may be empty.
    public var message: LocalizedText
    /// A short heading for reports; may be empty.
    public var title: LocalizedText
    /// The rule's tests, run by `a11y-rules test`.
    public var examples: [RuleExample]
    /// The severity of its findings.
    public var severity: Severity
    /// Where the rule is written in its catalog file.
    public var location: SourceLocation
    /// Set (`default:`) when a value in the check is a library default with no source: which value
    /// it is and what a user should set instead. Empty when every value has a source.
    public var libraryDefault: LocalizedText = .init()

    /// Whether a value in the check is a library default with no source (`default:` is given).
    public var isLibraryDefault: Bool { !libraryDefault.isEmpty }

    /// Rules that check the same requirement (`same_as:`), declared by the rule author and made
    /// symmetric when the catalog loads: on one part instance a scorecard counts linked findings once.
    public var sameAs: [RuleLink] = []

    /// Creates a rule.
    public init(id: String, fullID: String, clauseID: String, target: Target, when: RuleExpression? = nil,
                check: RuleExpression, message: LocalizedText = .init(), title: LocalizedText = .init(),
                examples: [RuleExample] = [], severity: Severity = .error, location: SourceLocation) {
        self.id = id
        self.fullID = fullID
        self.clauseID = clauseID
        self.target = target
        self.when = when
        self.check = check
        self.message = message
        self.title = title
        self.examples = examples
        self.severity = severity
        self.location = location
    }
}

/// A checked expression and the text it was written as.
public struct RuleExpression: Sendable, Hashable {
    /// The source text.
    public var source: String
    /// The typed syntax tree.
    public var expression: Expression
    /// Where the text starts.
    public var location: SourceLocation

    /// Creates a rule expression.
    public init(source: String, expression: Expression, location: SourceLocation) {
        self.source = source
        self.expression = expression
        self.location = location
    }
}

/// A rule test: an instance (and optionally subject facts and other parts) with the outcome it must give.
public struct RuleExample: Sendable, Hashable {
    /// The outcome the rule must give.
    public var expected: Outcome
    /// The synthetic subject the example describes.
    public var subject: Subject
    /// The instance the rule is evaluated for (nil for a subject rule).
    public var instanceID: String?
    /// Where the example is written in its catalog file.
    public var location: SourceLocation

    /// Creates an example.
    public init(expected: Outcome, subject: Subject, instanceID: String?, location: SourceLocation) {
        self.expected = expected
        self.subject = subject
        self.instanceID = instanceID
        self.location = location
    }
}

/// A link from one rule to another that checks the same requirement (`same_as:` in a rule).
///
/// Links are declared by the rule author; the loader checks that the rule exists, and adds the link
/// back (``isDeclared`` false) so that every link is symmetric.
public struct RuleLink: Sendable, Hashable {
    /// The linked rule's full id, `STANDARD:CLAUSE#RULE`.
    public var rule: String
    /// Where the link was written (for a link added back by the loader, where its partner wrote it).
    public var location: SourceLocation
    /// Whether this rule's author wrote the link (false: added back from the other rule).
    public var isDeclared: Bool

    /// Creates a link.
    public init(rule: String, location: SourceLocation, isDeclared: Bool = true) {
        self.rule = rule
        self.location = location
        self.isDeclared = isDeclared
    }
}
