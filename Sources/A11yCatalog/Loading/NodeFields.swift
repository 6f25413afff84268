import A11yYAML

/// The allowed keys of a mapping and their values, as ``NodeReader/fields(_:_:allowed:required:)`` read
/// them: looked up by a scan of the pairs instead of a dictionary (a catalog's mappings have a handful
/// of keys, and hashing each one to build a dictionary per rule, clause and example cost more than the
/// scans). A key given twice gives its last value, as the dictionary did (the parsers already drop a
/// duplicate key and report it, so this does not arise from a parsed file).
struct NodeFields {
    /// Only pairs whose key is an allowed scalar: the node's own pairs when all are (no copy).
    private let pairs: [YAMLNode.Pair]

    init(_ pairs: [YAMLNode.Pair]) {
        self.pairs = pairs
    }

    /// The value of `key`, or nil when the mapping does not give it (or it is not an allowed key).
    subscript(key: String) -> YAMLNode? {
        var index = pairs.count
        while index > 0 {
            index -= 1
            if case .scalar(let name, _) = pairs[index].key.content, name == key { return pairs[index].value }
        }
        return nil
    }
}
