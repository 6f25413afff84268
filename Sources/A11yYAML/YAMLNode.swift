/// One node of a parsed YAML document, with the position where it starts and ends.
///
/// Aliases are expanded (within ``YAMLLimits``); merge keys (`<<`) are applied. Scalars are kept as
/// text with their style: typing them is the job of the catalog, which knows what each key means.
public struct YAMLNode: Sendable {
    /// How a scalar was written.
    public enum ScalarStyle: Sendable, Hashable {
        /// Plain, `'single-quoted'`, `"double-quoted"`, literal block (`|`) or folded block (`>`).
        case plain, singleQuoted, doubleQuoted, literal, folded

        /// Whether the scalar was quoted or a block scalar: such text is never a null or a bool.
        public var isQuotedOrBlock: Bool { self != .plain }
    }

    /// A key and its value in a mapping.
    public struct Pair: Sendable {
        /// The key node, with its own position.
        public var key: YAMLNode
        /// The value node.
        public var value: YAMLNode
    }

    /// What the node holds.
    public enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    /// What the node holds.
    public var content: Content
    /// Where the node starts.
    public var start: YAMLMark
    /// Where the node ends.
    public var end: YAMLMark
    /// The explicit tag, if the source gave one (for example `!!str`).
    public var tag: String?

    /// Creates a node.
    public init(_ content: Content, start: YAMLMark, end: YAMLMark, tag: String? = nil) {
        self.content = content
        self.start = start
        self.end = end
        self.tag = tag
    }

    /// The scalar text, or nil for a collection.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// The scalar style, or nil for a collection.
    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = content { return style }
        return nil
    }

    /// The pairs of a mapping, or nil.
    public var pairs: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The items of a sequence, or nil.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// Whether this is a plain `~`, `null`, `Null`, `NULL` or empty scalar (YAML 1.1 null).
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content, tag == nil else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// A word for the kind of node, for diagnostics: "a mapping", "a sequence", "a scalar".
    public var kindDescription: String {
        switch content {
        case .scalar: return isNull ? "null" : "a scalar"
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        }
    }

    /// The value for a scalar key in a mapping (the first match), or nil.
    public subscript(key: String) -> YAMLNode? {
        pairs?.first(where: { $0.key.scalar == key })?.value
    }
}
