/// A clause of a standard: its number, obligation and provenance, and the rules that check it or the
/// question a person answers (DSL §2).
public struct Clause: Sendable, Hashable {
    /// The clause number as the standard writes it, e.g. `3.4.4` or `3.5.3-3`.
    public var number: String
    /// `STANDARD:NUMBER`, e.g. `GB50763-2012:3.4.4`.
    public var id: String
    /// The clause's heading in reports, e.g. 坡道净宽 / Ramp clear width.
    public var title: LocalizedText
    /// How strongly it binds (必须, 应, 宜, 可); this sets the severity of its findings.
    public var obligation: Obligation
    /// Whether it is a mandatory provision (强制性条文).
    public var isMandatory: Bool
    /// Where its threshold or wording was read, and how sure the catalog is of it (`source:`).
    public var provenance: Provenance
    /// Automated checks; empty for a manual item.
    public var rules: [Rule]
    /// What a person answers, for a manual item.
    public var question: LocalizedText?
    /// Full ids of clauses that supersede this one (where a stricter current code governs).
    public var supersededBy: [String]
    /// Free remarks shown with the clause, e.g. by `a11y-rules explain`.
    public var note: LocalizedText
    /// Where the clause is written in its catalog file.
    public var location: SourceLocation

    /// Creates a clause.
    public init(number: String, id: String, title: LocalizedText = .init(), obligation: Obligation, isMandatory: Bool = false,
                provenance: Provenance = .init(), rules: [Rule] = [], question: LocalizedText? = nil,
                supersededBy: [String] = [], note: LocalizedText = .init(), location: SourceLocation) {
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

    /// Whether a person must answer it.
    public var isManual: Bool { rules.isEmpty }
}
