/// What a kind of subject can be described by: its facts and its part kinds (DSL §1).
public struct Vocabulary: Sendable, Hashable {
    /// The subject kind this vocabulary describes, e.g. `facility`.
    public var id: String
    /// The vocabulary's name in reports, e.g. 示例办事大厅.
    public var title: LocalizedText
    /// The vocabulary this one extends, if any. ``facts`` and ``parts`` already include what it inherits.
    public var extends: String?
    /// Attributes of the subject itself, in file order.
    public var facts: [AttributeSpec]
    /// Component kinds, in file order.
    public var parts: [PartKind]
    /// Free remarks on the vocabulary.
    public var note: LocalizedText
    /// Where the vocabulary is written in its catalog file.
    public var location: SourceLocation
    /// Where the `extends:` value is written, when there is one (diagnostics about the parent point here).
    public var extendsLocation: SourceLocation?

    /// Creates a vocabulary.
    public init(id: String, title: LocalizedText = .init(), extends: String? = nil, facts: [AttributeSpec] = [],
                parts: [PartKind] = [], note: LocalizedText = .init(), location: SourceLocation) {
        self.id = id
        self.title = title
        self.extends = extends
        self.facts = facts
        self.parts = parts
        self.note = note
        self.location = location
    }

    /// The fact named `name`.
    public func fact(_ name: String) -> AttributeSpec? { facts.first { $0.name == name } }

    /// The part kind named `name`.
    public func part(_ name: String) -> PartKind? { parts.first { $0.name == name } }

    /// `kind` and the ids of the vocabularies it extends, directly or not (cycles end the walk).
    public static func lineage(of kind: String, in vocabularies: [String: Vocabulary]) -> Set<String> {
        var result: Set<String> = []
        var current: String? = kind
        while let id = current, !result.contains(id) {
            result.insert(id)
            current = vocabularies[id]?.extends
        }
        return result
    }
}

/// A component kind of a vocabulary, such as `ramp` or `door`.
public struct PartKind: Sendable, Hashable {
    /// The name rules and subjects use for the kind, e.g. `ramp` in `for: ramp` and `parts.ramp`.
    public var name: String
    /// The part kind's name in reports, e.g. 轮椅坡道.
    public var title: LocalizedText
    /// Its attributes, in file order.
    public var attributes: [AttributeSpec]
    /// Free remarks on the part kind.
    public var note: LocalizedText
    /// Where the part kind is written in its vocabulary file.
    public var location: SourceLocation

    /// Creates a part kind.
    public init(name: String, title: LocalizedText = .init(), attributes: [AttributeSpec] = [],
                note: LocalizedText = .init(), location: SourceLocation) {
        self.name = name
        self.title = title
        self.attributes = attributes
        self.note = note
        self.location = location
    }

    /// The attribute named `name`.
    public func attribute(_ name: String) -> AttributeSpec? { attributes.first { $0.name == name } }
}

/// A named, typed attribute of a subject or a part.
public struct AttributeSpec: Sendable, Hashable {
    /// The name expressions and subject files use, in `snake_case`, e.g. `clear_width`.
    public var name: String
    /// What values it takes, e.g. a length, or an enum with its allowed values.
    public var type: AttributeType
    /// The attribute's name in reports, e.g. 净宽度 / Clear width.
    public var title: LocalizedText
    /// The unit values are shown in, if the vocabulary names one.
    public var unit: Unit?
    /// Free remarks on the attribute.
    public var note: LocalizedText
    /// Where the attribute is written in its vocabulary file.
    public var location: SourceLocation

    /// Creates an attribute.
    public init(name: String, type: AttributeType, title: LocalizedText = .init(), unit: Unit? = nil,
                note: LocalizedText = .init(), location: SourceLocation) {
        self.name = name
        self.type = type
        self.title = title
        self.unit = unit
        self.note = note
        self.location = location
    }
}
