import A11yRules

/// What one tool run says about one page, ready to merge into a subject: measured attribute values
/// and one finding per clause.
public struct PageEvidence: Sendable, Hashable {
    /// The page's address; pages are matched to a subject's `page` instances by their `url`.
    public var url: String
    /// Tool, version, page and time, shared by everything below.
    public var source: EvidenceSource
    /// Attribute values the tool measured, e.g. `text_contrast: 2.85:1`.
    public var attributes: [MeasuredAttribute]
    /// Findings by clause.
    public var entries: [EvidenceEntry]

    /// Creates page evidence.
    public init(url: String, source: EvidenceSource, attributes: [MeasuredAttribute] = [], entries: [EvidenceEntry] = []) {
        self.url = url
        self.source = source
        self.attributes = attributes
        self.entries = entries
    }
}

/// A page attribute a tool measured.
public struct MeasuredAttribute: Sendable, Hashable {
    /// The vocabulary's attribute name (`text_contrast`).
    public var name: String
    /// The value as it will be written (`2.85:1`, `false`).
    public var value: String
    /// The rule and elements it was measured on.
    public var source: EvidenceSource
    /// How it was measured, for a person reading the subject file or a conflict.
    public var detail: String

    /// Creates a measured attribute.
    public init(name: String, value: String, source: EvidenceSource, detail: String) {
        self.name = name
        self.value = value
        self.source = source
        self.detail = detail
    }
}

/// An imported finding for one clause on one page.
public struct EvidenceEntry: Sendable, Hashable {
    /// Full clause id.
    public var clause: String
    /// The combined outcome of the tool's rules mapped to the clause.
    public var outcome: Outcome
    /// The rules, messages and elements behind it, in the tool's words.
    public var note: String
    /// Provenance.
    public var source: EvidenceSource
    /// For a clause decided by its own rules from measured attributes: those attributes. The entry
    /// explains a value the tool could not measure and is left out when a person gave the value.
    public var attributes: [String]

    /// Creates an entry.
    public init(clause: String, outcome: Outcome, note: String, source: EvidenceSource, attributes: [String] = []) {
        self.clause = clause
        self.outcome = outcome
        self.note = note
        self.source = source
        self.attributes = attributes
    }
}
