/// Items of one list handed to the caller as each is complete, while the parser reads on: the caller
/// can decode them on other cores as the file is read, and the tree never holds them all.
///
/// The list is found by its path of keys from the document's root mapping (for example
/// `["standard", "clauses"]`). ``take`` is called on the parsing thread with each complete item and
/// the pairs the list's mapping has so far (the keys written before the list); an item it takes is
/// left out of the list in the tree (anchors in it still work), one it declines stays in.
public struct YAMLStreaming {
    /// Keys from the root mapping to the list.
    public var path: [String]
    /// Called with each complete item of the list and the pairs written so far in the mapping that
    /// holds the list; returns whether the item was taken (and so left out of the tree).
    public var take: (_ item: YAMLNode, _ owner: [YAMLNode.Pair]) -> Bool

    /// Creates a streaming of the items of the list at `path`.
    public init(path: [String], take: @escaping (_ item: YAMLNode, _ owner: [YAMLNode.Pair]) -> Bool) {
        self.path = path
        self.take = take
    }
}
