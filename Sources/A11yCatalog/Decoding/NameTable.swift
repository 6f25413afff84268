/// Names (part kinds, facts, attributes) looked up by their UTF-8 bytes in a hash table, without
/// making a `String` of the name being looked up. The first of equal names wins, as a linear search would.
struct NameTable: Sendable {
    /// All names' bytes, one after another.
    private let storage: [UInt8]
    /// Where each name starts in `storage` (one more entry: the end).
    private let starts: [Int]
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
        let mask = size - 1
        storage.withUnsafeBufferPointer { all in
            for index in names.indices {
                let name = UnsafeBufferPointer(rebasing: all[starts[index]..<starts[index + 1]])
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
        self.slots = slots
        self.mask = mask
    }

    /// The index of the name spelled by `bytes`, or nil.
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Self.hash(bytes) & mask
        return storage.withUnsafeBufferPointer { all in
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { return nil }
                let start = starts[entry - 1], end = starts[entry]
                if end - start == bytes.count, memoryEqual(all.baseAddress.map { $0 + start }, bytes.baseAddress, bytes.count) {
                    return entry - 1
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// FNV-1a over the bytes.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}

/// Whether `count` bytes at `a` and `b` are equal (either pointer may be nil only when `count` is 0).
private func memoryEqual(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
    guard count > 0 else { return true }
    guard let a, let b else { return false }
    for k in 0..<count where a[k] != b[k] { return false }
    return true
}
