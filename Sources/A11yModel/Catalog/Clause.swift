/// A clause of a standard: its number, obligation and provenance, and the rules that check it or the
/// question a person answers (DSL §2).
public struct Clause: Sendable, Hashable {
    /// The clause's values, in one box shared by its copies until one of them is changed (copy on write):
    /// the catalog's clause lists, the lists of a subject kind's clauses and each compiled program keep
    /// copies of the clauses, which are then one reference each, not the whole clause (about 250 bytes).
    private final class Storage: @unchecked Sendable {
        // Changed only through `unique()`, when this box has one owner.
        var number: String
        var id: String
        var title: LocalizedText
        var obligation: Obligation
        var isMandatory: Bool
        var provenance: Provenance
        var rules: [Rule]
        var question: LocalizedText?
        var supersededBy: [String]
        var note: LocalizedText
        var location: SourceLocation

        init(number: String, id: String, title: LocalizedText, obligation: Obligation, isMandatory: Bool, provenance: Provenance,
             rules: [Rule], question: LocalizedText?, supersededBy: [String], note: LocalizedText, location: SourceLocation) {
            self.number = number
            self.id = id
            self.title = title
            self.obligation = obligation
            self.isMandatory = isMandatory
            self.provenance = provenance
            self.rules = rules
            self.question = question
            self.supersededBy = supersededBy
            self.note = note
            self.location = location
        }

        func copy() -> Storage {
            Storage(number: number, id: id, title: title, obligation: obligation, isMandatory: isMandatory, provenance: provenance,
                    rules: rules, question: question, supersededBy: supersededBy, note: note, location: location)
        }
    }

    private var storage: Storage

    /// The box, copied first if another clause shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// The clause number as the standard writes it, e.g. `3.4.4` or `3.5.3-3`.
    public var number: String {
        get { storage.number }
        set { unique().number = newValue }
    }
    /// `STANDARD:NUMBER`, e.g. `GB50763-2012:3.4.4`.
    public var id: String {
        get { storage.id }
        set { unique().id = newValue }
    }
    /// The clause's heading in reports, e.g. 坡道净宽 / Ramp clear width.
    public var title: LocalizedText {
        get { storage.title }
        set { unique().title = newValue }
    }
    /// How strongly it binds (必须, 应, 宜, 可); this sets the severity of its findings.
    public var obligation: Obligation {
        get { storage.obligation }
        set { unique().obligation = newValue }
    }
    /// Whether it is a mandatory provision (强制性条文).
    public var isMandatory: Bool {
        get { storage.isMandatory }
        set { unique().isMandatory = newValue }
    }
    /// Where its threshold or wording was read, and how sure the catalog is of it (`source:`).
    public var provenance: Provenance {
        get { storage.provenance }
        set { unique().provenance = newValue }
    }
    /// Automated checks; empty for a manual item.
    public var rules: [Rule] {
        get { storage.rules }
        set { unique().rules = newValue }
    }
    /// What a person answers, for a manual item.
    public var question: LocalizedText? {
        get { storage.question }
        set { unique().question = newValue }
    }
    /// Full ids of clauses that supersede this one (where a stricter current code governs).
    public var supersededBy: [String] {
        get { storage.supersededBy }
        set { unique().supersededBy = newValue }
    }
    /// Free remarks shown with the clause, e.g. by `a11y-rules explain`.
    public var note: LocalizedText {
        get { storage.note }
        set { unique().note = newValue }
    }
    /// Where the clause is written in its catalog file.
    public var location: SourceLocation {
        get { storage.location }
        set { unique().location = newValue }
    }

    /// Creates a clause.
    public init(number: String, id: String, title: LocalizedText = .init(), obligation: Obligation, isMandatory: Bool = false,
                provenance: Provenance = .init(), rules: [Rule] = [], question: LocalizedText? = nil,
                supersededBy: [String] = [], note: LocalizedText = .init(), location: SourceLocation) {
        storage = Storage(number: number, id: id, title: title, obligation: obligation, isMandatory: isMandatory, provenance: provenance,
                          rules: rules, question: question, supersededBy: supersededBy, note: note, location: location)
    }

    /// Whether a person must answer it.
    public var isManual: Bool { storage.rules.isEmpty }

    /// Clauses are equal when all their values are (as if each value were stored in the clause itself).
    public static func == (lhs: Clause, rhs: Clause) -> Bool {
        let a = lhs.storage, b = rhs.storage
        if a === b { return true }
        return a.number == b.number
            && a.id == b.id
            && a.title == b.title
            && a.obligation == b.obligation
            && a.isMandatory == b.isMandatory
            && a.provenance == b.provenance
            && a.rules == b.rules
            && a.question == b.question
            && a.supersededBy == b.supersededBy
            && a.note == b.note
            && a.location == b.location
    }

    /// Hashes every value, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        let s = storage
        hasher.combine(s.number)
        hasher.combine(s.id)
        hasher.combine(s.title)
        hasher.combine(s.obligation)
        hasher.combine(s.isMandatory)
        hasher.combine(s.provenance)
        hasher.combine(s.rules)
        hasher.combine(s.question)
        hasher.combine(s.supersededBy)
        hasher.combine(s.note)
        hasher.combine(s.location)
    }
}
