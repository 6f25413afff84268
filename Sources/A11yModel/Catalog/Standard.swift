/// A standard and the clauses that make it executable (DSL §2).
public struct Standard: Sendable, Hashable {
    /// Kinds of standard.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case nationalMandatory = "national-mandatory"
        case nationalRecommended = "national-recommended"
        case industry, ministry, local, organisation
    }

    /// Whether a standard is in force.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case current
        case partiallySuperseded = "partially-superseded"
        case superseded, withdrawn
    }

    /// The id used in full rule ids, e.g. `GB50763-2012`.
    public var id: String
    public var title: LocalizedText
    public var kind: Kind?
    public var status: Status
    /// Ids of the standards that supersede this one, wholly or partly.
    public var supersededBy: [String]
    /// The vocabulary its rules are written against.
    public var vocabulary: String?
    /// Tabulated limits, callable from expressions by name.
    public var tables: [Table]
    public var clauses: [Clause]
    public var note: LocalizedText
    /// Where the standard can be read.
    public var url: String?
    /// When it was published or came into force.
    public var published: Day?
    public var location: SourceLocation

    /// Creates a standard.
    public init(id: String, title: LocalizedText, kind: Kind? = nil, status: Status = .current, supersededBy: [String] = [],
                vocabulary: String? = nil, tables: [Table] = [], clauses: [Clause] = [], note: LocalizedText = .init(),
                url: String? = nil, published: Day? = nil, location: SourceLocation) {
        self.id = id
        self.title = title
        self.kind = kind
        self.status = status
        self.supersededBy = supersededBy
        self.vocabulary = vocabulary
        self.tables = tables
        self.clauses = clauses
        self.note = note
        self.url = url
        self.published = published
        self.location = location
    }

    /// The table named `name`.
    public func table(_ name: String) -> Table? { tables.first { $0.name == name } }
}
