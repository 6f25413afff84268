/// A parsed YAML document: its root node and the problems that did not stop the parse.
public struct YAMLDocument: Sendable {
    /// The root node.
    public var root: YAMLNode
    /// Problems found while building nodes that leave the tree usable (duplicate keys, bad merges);
    /// each is an error for the caller to report. The later of two duplicate keys is dropped from
    /// ``root`` but reported here.
    public var problems: [YAMLError]

    /// Creates a document.
    public init(root: YAMLNode, problems: [YAMLError] = []) {
        self.root = root
        self.problems = problems
    }
}
