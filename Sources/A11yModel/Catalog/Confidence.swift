/// How sure the catalog is of a clause's facts (the legend of the reference material).
public enum Confidence: String, Sendable, Hashable, CaseIterable {
    /// Read in a text reproducing the official wording.
    case primary
    /// Read in a source that quotes or paraphrases the official text.
    case secondary
    /// Recalled, not confirmed in any retrieved text.
    case unverified
}

/// Where a clause's facts were read, and how sure we are of them.
public struct Provenance: Sendable, Hashable {
    /// Where the threshold or wording was read (clause and source).
    public var readIn: String?
    /// How sure the catalog is of the clause's facts; nil when not stated.
    public var confidence: Confidence?
    /// Where the source text can be read online.
    public var url: String?
    /// Free remarks on the source.
    public var note: LocalizedText

    /// Creates a provenance.
    public init(readIn: String? = nil, confidence: Confidence? = nil, url: String? = nil, note: LocalizedText = .init()) {
        self.readIn = readIn
        self.confidence = confidence
        self.url = url
        self.note = note
    }
}
