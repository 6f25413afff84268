/// Bounds that keep hostile or broken input from exhausting memory or time.
public struct YAMLLimits: Sendable, Hashable {
    /// Deepest nesting of collections.
    public var maxDepth: Int
    /// Most nodes that alias expansion may add, as a floor.
    public var maxAliasExpansion: Int
    /// Alias expansion may also add up to this many times the number of nodes written out.
    public var aliasExpansionFactor: Int

    /// Largest file, in bytes, that is parsed: its node tree takes tens of times its size in memory.
    /// Checked by the catalog loader before parsing (JSON Lines files are streamed and not bound by it).
    public var maxFileBytes: Int = 64 << 20

    /// Creates limits.
    public init(maxDepth: Int = 256, maxAliasExpansion: Int = 100_000, aliasExpansionFactor: Int = 4) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.aliasExpansionFactor = aliasExpansionFactor
    }

    /// The defaults: depth 256; aliases may add 100,000 nodes or 4× the written nodes, whichever is more;
    /// files up to 64 MiB.
    public static let `default` = YAMLLimits()
}
