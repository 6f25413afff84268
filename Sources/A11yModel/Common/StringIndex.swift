/// A hash index from strings to the positions (0, 1, 2, …) of a list that already holds them: the
/// index keeps 32-bit positions only, and reads a position's key back from the list to compare it.
///
/// A `[String: Int]` of 100,000 rule ids takes 8 MB and a `[String: [Int32]]` 11 MB (each key's string
/// reference is stored again, with a bucket array at ≤ ¾ load, and each value list is an allocation);
/// this index takes 4 bytes per slot at ≤ ½ load plus 8 bytes per position, about 1.8 MB, and stores no
/// strings. Positions with equal keys are chained in insertion order, so the index serves lookups that
/// want every position with a key (``positions(of:keys:)``) and those that want the last one
/// (``last(of:keys:)``, as a dictionary's assignment keeps it).
///
/// The caller passes the same key list (or the same `key(at:)` function) to every call; the index does
/// not check it.
package struct StringIndex: Sendable {
    /// Open addressing, linear probing: −1 empty, otherwise the first position of a key.
    private var slots: [Int32]
    /// Per position: the next position with the same key, or −1.
    private var next: [Int32]
    /// Per first position: the last position with the same key (the chain's end), for appending.
    private var tail: [Int32]
    private var mask: Int
    /// How many distinct keys.
    package private(set) var count = 0

    /// An index of the positions of `0..<positions` that `including` accepts (all of them by default),
    /// whose keys `key` gives.
    package init(positions: Int, including: (Int) -> Bool = { _ in true }, key: (Int) -> String) {
        precondition(positions < Int(Int32.max), "StringIndex holds at most Int32.max positions")
        var capacity = 16
        while capacity < 2 * positions { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        next = [Int32](repeating: -1, count: positions)
        tail = [Int32](repeating: -1, count: positions)
        mask = capacity - 1
        for position in 0..<positions where including(position) { insert(position, key: key) }
    }

    /// An index of `keys`' positions.
    package init(_ keys: [String]) {
        self.init(positions: keys.count) { keys[$0] }
    }

    /// An index with no positions.
    package init() {
        self.init(positions: 0) { _ in "" }
    }

    /// Adds `position` (one past the last added, or any not yet added) under its key.
    private mutating func insert(_ position: Int, key: (Int) -> String) {
        let text = key(position)
        var slot = text.hashValue & mask
        while true {
            let first = Int(slots[slot])
            if first < 0 {
                slots[slot] = Int32(position)
                tail[position] = Int32(position)
                count += 1
                return
            }
            if key(first) == text {
                next[Int(tail[first])] = Int32(position)
                tail[first] = Int32(position)
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// The first position whose key is `text`, or nil.
    package func first(of text: String, key: (Int) -> String) -> Int? {
        var slot = text.hashValue & mask
        while true {
            let first = Int(slots[slot])
            if first < 0 { return nil }
            if key(first) == text { return first }
            slot = (slot + 1) & mask
        }
    }

    /// The last position whose key is `text` (the one a dictionary filled in order would keep), or nil.
    package func last(of text: String, key: (Int) -> String) -> Int? {
        first(of: text, key: key).map { Int(tail[$0]) }
    }

    /// Every position whose key is `text`, in order.
    package func positions(of text: String, key: (Int) -> String) -> Positions {
        Positions(links: next, start: first(of: text, key: key) ?? -1)
    }

    /// The first position of each distinct key, in no particular order.
    package var firstPositions: [Int] {
        slots.compactMap { $0 >= 0 ? Int($0) : nil }
    }

    /// The positions of one key, following the chain.
    package struct Positions: Sequence, IteratorProtocol {
        fileprivate let links: [Int32]
        fileprivate var start: Int

        package mutating func next() -> Int? {
            guard start >= 0 else { return nil }
            defer { start = Int(links[start]) }
            return start
        }
    }
}
