/// A standard and the clauses that make it executable (DSL §2).
public struct Standard: Sendable, Hashable {
    /// Kinds of standard.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A compulsory national standard (强制性国家标准, GB).
        case nationalMandatory = "national-mandatory"
        /// A recommended national standard (推荐性国家标准, GB/T).
        case nationalRecommended = "national-recommended"
        /// An industry standard (e.g. YD/T), a ministry's specification, a local standard, or an organisation's (e.g. W3C).
        case industry, ministry, local, organisation
    }

    /// Whether a standard is in force.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// In force.
        case current
        /// In force, but some clauses now governed by a newer code (see `superseded_by`).
        case partiallySuperseded = "partially-superseded"
        /// Replaced by another standard, or withdrawn: no longer in force.
        case superseded, withdrawn
    }

    /// The id used in full rule ids, e.g. `GB50763-2012`.
    public var id: String
    /// The standard's name, e.g. 无障碍设计规范.
    public var title: LocalizedText
    /// What kind of standard it is (`type:`); nil when not stated.
    public var kind: Kind?
    /// Whether it is in force, partly or wholly superseded, or withdrawn.
    public var status: Status
    /// Ids of the standards that supersede this one, wholly or partly.
    public var supersededBy: [String]
    /// The vocabulary its rules are written against.
    public var vocabulary: String?
    /// Tabulated limits, callable from expressions by name.
    public var tables: [Table]
    /// Its clauses, in file order.
    public var clauses: [Clause]
    /// Free remarks shown with the standard.
    public var note: LocalizedText
    /// Where the standard can be read.
    public var url: String?
    /// When it was published or came into force.
    public var published: Day?
    /// Where the standard is written in its catalog file.
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
