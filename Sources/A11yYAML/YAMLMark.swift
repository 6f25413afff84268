/// A position in a YAML source: 1-based line and column (columns count Unicode scalars, as libyaml does).
public struct YAMLMark: Sendable, Hashable, Comparable {
    /// 1-based line.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int
    /// 0-based offset in Unicode scalars from the start of the input.
    public var offset: Int

    /// Creates a mark.
    public init(line: Int, column: Int, offset: Int = 0) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: YAMLMark, rhs: YAMLMark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
