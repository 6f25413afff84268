/// Names (part kinds, facts, attributes) looked up by their UTF-8 bytes in a hash table, without
/// making a `String` of the name being looked up. The first of equal names wins, as a linear search would.
///
/// A name's first eight bytes are kept as one word beside it: most names are at most that long, so a
/// lookup hashes one or two words and compares one (hashing and comparing byte by byte took about 150
/// instructions a lookup, and reading a JSON Lines subject looks up every attribute it gives).
struct NameTable: Sendable {
    /// All names' bytes, one after another.
    private let storage: [UInt8]
    /// Where each name starts in `storage` (one more entry: the end).
    private let starts: [Int]
    /// Per name: its first eight bytes (``head(_:)``).
    private let heads: [UInt64]
    /// Open addressing: each slot holds a name's index + 1, or 0 when empty.
    private let slots: [Int32]
    private let mask: Int

    /// A table of `names`; a name's index is its position in `names`.
    init(_ names: [String]) {
        var storage: [UInt8] = []
        var starts: [Int] = [0]
        for name in names {
            storage.append(contentsOf: name.utf8)
            starts.append(storage.count)
        }
        var size = 8
        while size < names.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        var heads: [UInt64] = []
        let mask = size - 1
        storage.withUnsafeBufferPointer { all in
            for index in names.indices {
                let name = UnsafeBufferPointer(rebasing: all[starts[index]..<starts[index + 1]])
                heads.append(Self.head(name))
                var slot = Self.hash(name) & mask
                var duplicate = false
                while slots[slot] != 0 {
                    let other = Int(slots[slot]) - 1
                    if name.elementsEqual(UnsafeBufferPointer(rebasing: all[starts[other]..<starts[other + 1]])) {
                        duplicate = true
                        break
                    }
                    slot = (slot + 1) & mask
                }
                if !duplicate { slots[slot] = Int32(index + 1) }
            }
        }
        self.storage = storage
        self.starts = starts
        self.heads = heads
        self.slots = slots
        self.mask = mask
    }

    /// The index of the name spelled by `bytes`, or nil.
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let head = Self.head(bytes), count = bytes.count
        var slot = Self.hash(bytes, head: head) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let start = starts[entry - 1], end = starts[entry]
            if end - start == count, heads[entry - 1] == head, count <= 8 || rest(start + 8, equals: bytes) { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the stored bytes from `start` are `bytes` past their first eight (`bytes` has more than eight).
    private func rest(_ start: Int, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        storage.withUnsafeBufferPointer { all in
            UnsafeBufferPointer(rebasing: all[start..<(start + bytes.count - 8)]).elementsEqual(UnsafeBufferPointer(rebasing: bytes[8...]))
        }
    }

    /// The first eight bytes as a word, the first lowest (fewer bytes: the rest zero).
    @inline(__always)
    private static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        if bytes.count >= 8 { return UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)) }
        var word: UInt64 = 0
        for index in 0..<bytes.count { word |= UInt64(base[index]) << UInt64(8 * index) }
        return word
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        hash(bytes, head: head(bytes))
    }

    /// The head, the last eight bytes (of a longer name) and the length, mixed by multiplication.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, head: UInt64) -> Int {
        var word = head ^ UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        if bytes.count > 8, let base = bytes.baseAddress {
            let tail = UInt64(littleEndian: UnsafeRawPointer(base + bytes.count - 8).loadUnaligned(as: UInt64.self))
            word = (word ^ (word >> 29)) &* 0xBF58_476D_1CE4_E5B9 ^ tail
        }
        word = (word ^ (word >> 32)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: word ^ (word >> 29))
    }
}
