/// Which values the parser may leave out of the tree: the value of one key in the mappings that are
/// items of certain lists, in documents of certain kinds (for example a rule's `examples` when only
/// the rules are wanted).
///
/// A pruned value is replaced by an empty plain scalar (a null) spanning the same marks, so its key
/// stays in the mapping and duplicate keys are still found. Inside a pruned value libyaml still reads
/// every event, so syntax errors and the depth limit are reported as before, and its nodes still count
/// towards the alias-expansion allowance; what is not looked for there is what only its nodes would
/// show: duplicate keys, complex keys and bad merges. A pruned value that defines an anchor or uses an
/// alias is not pruned: the document is parsed again whole, so anchors behave exactly as without pruning.
public struct YAMLPruning: Sendable, Hashable {
    /// The key whose collection values are left out.
    public var key: String
    /// Keys of the lists whose mapping items have ``key`` pruned.
    public var listKeys: Set<String>
    /// Top-level keys of the documents pruned (a document is a mapping with one top-level key).
    public var documentKinds: Set<String>

    /// Creates a pruning.
    public init(key: String, listKeys: Set<String>, documentKinds: Set<String>) {
        self.key = key
        self.listKeys = listKeys
        self.documentKinds = documentKinds
    }
}
