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
    public var confidence: Confidence?
    public var url: String?
    public var note: LocalizedText

    /// Creates a provenance.
    public init(readIn: String? = nil, confidence: Confidence? = nil, url: String? = nil, note: LocalizedText = .init()) {
        self.readIn = readIn
        self.confidence = confidence
        self.url = url
        self.note = note
    }
}
