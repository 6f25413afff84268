import CDigest

/// SHA-256 (FIPS 180-4), for the catalog digest of JSON results.
///
/// Written here rather than taken from swift-crypto: on Linux that package builds BoringSSL, which
/// would add about a minute to every clean build for one hash. The compression function is C
/// (`CDigest`): on the x86 SHA extensions it runs at about 1.45 GB/s on the development machine, 5× the
/// portable loop (and the Swift loop it replaced, which took as many instructions as the portable one),
/// so a 100,000-rule catalog (32 MB) hashes in about 22 ms. The tests check the FIPS 180-4 example
/// vectors, a million-byte input, and both C loops against each other.
public struct SHA256: Sendable {
    private var state: [UInt32] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    /// A hash with nothing fed yet.
    public init() {
        pending.reserveCapacity(64)
    }

    /// Feeds `bytes` (read in place when they are contiguous, as a catalog file's bytes are: no copy).
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ update(UnsafeRawBufferPointer($0)) }) == nil {
            Array(bytes).withUnsafeBytes { update($0) }
        }
    }

    private mutating func update(_ bytes: UnsafeRawBufferPointer) {
        length &+= UInt64(bytes.count)
        var start = 0
        if !pending.isEmpty {
            let taken = min(64 - pending.count, bytes.count)
            pending += bytes[0..<taken]
            start = taken
            guard pending.count == 64 else { return }
            pending.withUnsafeBytes { compress($0) }
            pending.removeAll(keepingCapacity: true)
        }
        let whole = (bytes.count - start) / 64 * 64
        compress(UnsafeRawBufferPointer(rebasing: bytes[start..<start + whole]))
        start += whole
        pending += bytes[start...]
    }

    /// The 32-byte digest of everything fed.
    public consuming func finalize() -> [UInt8] {
        let bits = length &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        tail.withUnsafeBytes { compress($0) }
        return state.flatMap { word in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> UInt32($0)) } }
    }

    /// The digest of `bytes`.
    public static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var hash = SHA256()
        hash.update(bytes)
        return hash.finalize()
    }

    /// The digest of `bytes` in lower-case hexadecimal (64 characters), as `sha256sum` prints it.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in hash(bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Runs the compression function over whole 64-byte blocks (C: the x86 SHA extensions where the CPU
    /// has them, a portable loop elsewhere; `CDigest`).
    private mutating func compress(_ blocks: UnsafeRawBufferPointer) {
        guard blocks.count >= 64, let base = blocks.baseAddress else { return }
        state.withUnsafeMutableBufferPointer { state in
            a11y_sha256_blocks(state.baseAddress!, base.assumingMemoryBound(to: UInt8.self), blocks.count / 64)
        }
    }
}
