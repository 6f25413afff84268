import CDigest
import Testing

/// SHA-256's two C loops (`CDigest`): the portable one against the standard's vectors, and the one on the
/// x86 SHA extensions against the portable one, over every length that pads into one or two blocks and
/// inputs of many blocks.
@Suite("SHA-256 loops")
struct SHA256LevelTests {
    private typealias Blocks = @Sendable (UnsafeMutablePointer<UInt32>, UnsafePointer<UInt8>, Int) -> Void

    /// The digest of `message` in hex, padded here (FIPS 180-4, 5.1.1) and compressed by `blocks`.
    private static func hex(_ message: [UInt8], _ blocks: Blocks) -> String {
        var padded = message + [0x80]
        while padded.count % 64 != 56 { padded.append(0) }
        let bits = UInt64(message.count) * 8
        for shift in stride(from: 56, through: 0, by: -8) { padded.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        var state: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        // In pieces of up to three blocks, so that the state carries from one call to the next.
        var start = 0
        while start < padded.count {
            let count = min(3, (padded.count - start) / 64)
            padded[start..<start + count * 64].withUnsafeBufferPointer { bytes in
                state.withUnsafeMutableBufferPointer { blocks($0.baseAddress!, bytes.baseAddress!, count) }
            }
            start += count * 64
        }
        return state.map { word in
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 8 - digits.count) + digits
        }.joined()
    }

    private static let portable: Blocks = { a11y_sha256_blocks_portable($0, $1, $2) }
    private static let extensions: Blocks = { a11y_sha256_blocks_extensions($0, $1, $2) }

    /// Bytes that are not all alike (a multiplicative hash of the position).
    private static func bytes(_ count: Int, seed: UInt32) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: (UInt32(truncatingIfNeeded: $0) &+ seed) &* 2_654_435_761 >> 13) }
    }

    @Test func portableLoopGivesTheStandardsVectors() {
        #expect(Self.hex(Array("abc".utf8), Self.portable) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Self.hex([], Self.portable) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Self.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8), Self.portable)
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(Self.hex([UInt8](repeating: 0x61, count: 1_000_000), Self.portable)
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(.enabled(if: a11y_sha256_has_extensions() == 1, "this CPU has no SHA extensions"))
    func extensionsLoopMatchesThePortableLoop() {
        #expect(Self.hex(Array("abc".utf8), Self.extensions) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Self.hex([UInt8](repeating: 0x61, count: 1_000_000), Self.extensions)
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        for count in 0..<200 {
            let message = Self.bytes(count, seed: UInt32(count))
            #expect(Self.hex(message, Self.extensions) == Self.hex(message, Self.portable), "length \(count)")
        }
        for count in [1_000, 4_096, 65_537, 1_000_003] {
            let message = Self.bytes(count, seed: 7)
            #expect(Self.hex(message, Self.extensions) == Self.hex(message, Self.portable), "length \(count)")
        }
        // All ones and all zeros, where a mixed-up lane or shuffle would still show.
        for byte: UInt8 in [0x00, 0xFF] {
            let message = [UInt8](repeating: byte, count: 640)
            #expect(Self.hex(message, Self.extensions) == Self.hex(message, Self.portable), "640 × \(byte)")
        }
    }
}
