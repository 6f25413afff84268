/// The growable bytes of a ``JSONStreamWriter``: room is reserved in bulk and runs are copied in with
/// one bounds check each (`Array.append(contentsOf:)` costs about a hundred instructions a call, which
/// at tens of thousands of short strings per subject was a large part of writing JSON Lines).
///
/// Holds a zero-filled `[UInt8]` as long as its capacity and the count written so far, so it stays a
/// value (copy on write) with no unsafe storage of its own.
struct ByteBuffer {
    /// The bytes written, then zeros up to the capacity.
    private var storage: [UInt8] = []
    /// How many bytes are written.
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    /// The bytes written, as an array of their own.
    var array: [UInt8] { Array(storage[..<count]) }

    /// The bytes written, leaving the buffer empty (without a copy when the storage is not shared).
    mutating func take() -> [UInt8] {
        var taken: [UInt8] = []
        swap(&taken, &storage)
        taken.removeLast(taken.count - count)
        count = 0
        return taken
    }

    /// Makes room for `extra` more bytes.
    mutating func reserve(_ extra: Int) {
        if count + extra > storage.count { grow(extra) }
    }

    private mutating func grow(_ extra: Int) {
        let capacity = max(2 * storage.count, count + extra, 256)
        let written = count
        // Copied and zero-filled in bulk (appending a repeated zero goes byte by byte).
        storage = storage.withUnsafeBufferPointer { old in
            [UInt8](unsafeUninitializedCapacity: capacity) { new, initialized in
                guard let target = new.baseAddress else { return }
                if let source = old.baseAddress { target.update(from: source, count: written) }
                (target + written).initialize(repeating: 0, count: capacity - written)
                initialized = capacity
            }
        }
    }

    /// Forgets the bytes written, keeping the room.
    mutating func removeAll() { count = 0 }

    mutating func append(_ byte: UInt8) {
        if count == storage.count { grow(1) }
        storage[count] = byte
        count += 1
    }

    mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        guard let source = run.baseAddress, !run.isEmpty else { return }
        let length = run.count
        reserve(length)
        let at = count
        storage.withUnsafeMutableBufferPointer { $0.baseAddress?.advanced(by: at).update(from: source, count: length) }
        count += length
    }

    mutating func append(_ run: [UInt8]) {
        run.withUnsafeBufferPointer { append($0) }
    }

    /// Lets `body` write at most `limit` bytes at the end; it returns how many it wrote.
    mutating func write(atMost limit: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(limit)
        let at = count
        let written = storage.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            return body(base.advanced(by: at))
        }
        precondition(written <= limit, "wrote past the room reserved")
        count += written
    }

    /// Calls `body` with the bytes written.
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try storage.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }
}
