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

    /// The rule's values, in one box shared by its copies until one of them is changed (copy on write):
    /// the compiled program keeps a copy of every rule, which is then one reference, not the whole rule.
    ///
    /// What most rules leave out is kept in boxes of its own, present only when given: a `when` (an
    /// expression with its text and place takes 96 bytes), a title and a library default (32 bytes each).
    /// At 100,000 rules that takes the catalog's rules from 42 MB to about 29 MB.
    private final class Storage: @unchecked Sendable {
        // Changed only through `unique()`, when this box has one owner.
        var id: String
        var fullID: String
        var clauseID: String
        var target: Target
        var when: Boxed<RuleExpression>?
        var check: RuleExpression
        var message: LocalizedText
        var title: Boxed<LocalizedText>?
        var examples: [RuleExample]
        var severity: Severity
        var location: SourceLocation
        var libraryDefault: Boxed<LocalizedText>?
        var sameAs: [RuleLink]

        init(id: String, fullID: String, clauseID: String, target: Target, when: Boxed<RuleExpression>?, check: RuleExpression,
             message: LocalizedText, title: Boxed<LocalizedText>?, examples: [RuleExample], severity: Severity, location: SourceLocation,
             libraryDefault: Boxed<LocalizedText>?, sameAs: [RuleLink]) {
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
            self.libraryDefault = libraryDefault
            self.sameAs = sameAs
        }

        func copy() -> Storage {
            Storage(id: id, fullID: fullID, clauseID: clauseID, target: target, when: when, check: check, message: message,
                    title: title, examples: examples, severity: severity, location: location, libraryDefault: libraryDefault,
                    sameAs: sameAs)
        }
    }

    /// A value kept apart from the rule's storage, shared by copies (never changed: a new value is a new box).
    private final class Boxed<Value: Sendable>: Sendable {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }

    private var storage: Storage

    /// The box, copied first if another rule shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// The rule's own id, unique in its clause or indicator.
    public var id: String {
        get { storage.id }
        set { unique().id = newValue }
    }
    /// `STANDARD:CLAUSE#RULE` (or `SCORECARD:INDICATOR#RULE` for an indicator's own rule).
    public var fullID: String {
        get { storage.fullID }
        set { unique().fullID = newValue }
    }
    /// The full id of its clause (or `SCORECARD:INDICATOR`).
    public var clauseID: String {
        get { storage.clauseID }
        set { unique().clauseID = newValue }
    }
    /// What it is evaluated for (`for:`): once per subject, or once per instance of a part kind.
    public var target: Target {
        get { storage.target }
        set { unique().target = newValue }
    }
    /// Applicability; nil means always applicable.
    public var when: RuleExpression? {
        get { storage.when?.value }
        set { unique().when = newValue.map(Boxed.init) }
    }
    /// The bool expression that must hold wherever the rule applies.
    public var check: RuleExpression {
        get { storage.check }
        set { unique().check = newValue }
    }
    /// Text shown with a failure, with placeholders such as `{clear_width}` and `{expected}`; may be empty.
    public var message: LocalizedText {
        get { storage.message }
        set { unique().message = newValue }
    }
    /// A short heading for reports; may be empty.
    public var title: LocalizedText {
        get { storage.title?.value ?? LocalizedText() }
        set { unique().title = newValue.isEmpty ? nil : Boxed(newValue) }
    }
    /// The rule's tests, run by `a11y-rules test`.
    public var examples: [RuleExample] {
        get { storage.examples }
        set { unique().examples = newValue }
    }
    /// The severity of its findings.
    public var severity: Severity {
        get { storage.severity }
        set { unique().severity = newValue }
    }
    /// Where the rule is written in its catalog file.
    public var location: SourceLocation {
        get { storage.location }
        set { unique().location = newValue }
    }
    /// Set (`default:`) when a value in the check is a library default with no source: which value
    /// it is and what a user should set instead. Empty when every value has a source.
    public var libraryDefault: LocalizedText {
        get { storage.libraryDefault?.value ?? LocalizedText() }
        set { unique().libraryDefault = newValue.isEmpty ? nil : Boxed(newValue) }
    }

    /// Whether a value in the check is a library default with no source (`default:` is given).
    public var isLibraryDefault: Bool { storage.libraryDefault != nil }

    /// Rules that check the same requirement (`same_as:`), declared by the rule author and made
    /// symmetric when the catalog loads: on one part instance a scorecard counts linked findings once.
    public var sameAs: [RuleLink] {
        get { storage.sameAs }
        set { unique().sameAs = newValue }
    }

    /// Creates a rule.
    public init(id: String, fullID: String, clauseID: String, target: Target, when: RuleExpression? = nil,
                check: RuleExpression, message: LocalizedText = .init(), title: LocalizedText = .init(),
                examples: [RuleExample] = [], severity: Severity = .error, location: SourceLocation) {
        storage = Storage(id: id, fullID: fullID, clauseID: clauseID, target: target, when: when.map(Boxed.init), check: check,
                          message: message, title: title.isEmpty ? nil : Boxed(title), examples: examples, severity: severity, location: location,
                          libraryDefault: nil, sameAs: [])
    }

    /// Rules are equal when all their values are (as if each value were stored in the rule itself).
    public static func == (lhs: Rule, rhs: Rule) -> Bool {
        let a = lhs.storage, b = rhs.storage
        if a === b { return true }
        return a.id == b.id
            && a.fullID == b.fullID
            && a.clauseID == b.clauseID
            && a.target == b.target
            && a.when?.value == b.when?.value
            && a.check == b.check
            && a.message == b.message
            && a.title?.value == b.title?.value
            && a.examples == b.examples
            && a.severity == b.severity
            && a.location == b.location
            && a.libraryDefault?.value == b.libraryDefault?.value
            && a.sameAs == b.sameAs
    }

    /// Hashes every value, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        let s = storage
        hasher.combine(s.id)
        hasher.combine(s.fullID)
        hasher.combine(s.clauseID)
        hasher.combine(s.target)
        hasher.combine(s.when?.value)
        hasher.combine(s.check)
        hasher.combine(s.message)
        hasher.combine(s.title?.value ?? LocalizedText())
        hasher.combine(s.examples)
        hasher.combine(s.severity)
        hasher.combine(s.location)
        hasher.combine(s.libraryDefault?.value ?? LocalizedText())
        hasher.combine(s.sameAs)
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
