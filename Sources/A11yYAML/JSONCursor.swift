/// A cursor over JSON text in UTF-8 that reads its tokens the way ``JSONParser`` does and keeps the
/// line and the Unicode-scalar column of its position, so decoders that read JSON without building
/// nodes (the JSON Lines subject reader) give the same positions as libyaml.
///
/// Every read returns nil (or false) for input that ``JSONParser`` would leave to libyaml: tabs and
/// carriage returns, control characters, escapes YAML reads differently, C1 controls, noncharacters.
/// A caller that sees nil hands the whole document to the parser that explains the problem.
public struct JSONCursor {
    /// The input.
    public let bytes: UnsafeBufferPointer<UInt8>
    /// The byte index of the position.
    public private(set) var index = 0
    private var line = 1
    /// Scalar offset of the current position and of the current line's start.
    private var offset = 0
    private var lineStart = 0
    /// Decoded string bytes (reused).
    private var scratch: [UInt8] = []

    /// A cursor at the start of `bytes`.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The position, as libyaml marks it.
    public var mark: YAMLMark { YAMLMark(line: line, column: offset - lineStart + 1, offset: offset) }

    /// Whether the whole input has been read.
    public var atEnd: Bool { index == bytes.count }

    /// The byte at the position, or nil at the end.
    public var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Skips spaces and line feeds (tabs and carriage returns are left to libyaml, which has its own rules for them).
    public mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20:
                index += 1
                offset += 1
            case 0x0A:
                index += 1
                offset += 1
                line += 1
                lineStart = offset
            default:
                return
            }
        }
    }

    /// Skips whitespace, then consumes `byte` if it comes next.
    public mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        advance()
        return true
    }

    /// Moves past one ASCII byte.
    public mutating func advance() {
        index += 1
        offset += 1
    }

    /// `true`, `false` or `null` at the position, consumed if it is `word` and ends where a JSON token ends.
    public mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let matches = word.withUTF8Buffer { expected in
            (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
        }
        guard matches, Self.endsToken(bytes, at: index + count) else { return false }
        index += count
        offset += count
        return true
    }

    /// Whether the byte at `index` ends a plain token the way JSON and YAML both read.
    private static func endsToken(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return true }
        switch bytes[index] {
        case 0x20, 0x0A, 0x2C, 0x5D, 0x7D: return true
        default: return false
        }
    }

    /// A number at the position (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`), consumed, as its bytes.
    public mutating func number() -> UnsafeBufferPointer<UInt8>? {
        guard let token = numberAhead() else { return nil }
        consume(token)
        return token.bytes
    }

    /// The number at the position, as ``number()`` reads it, not consumed.
    public func numberAhead() -> Token? {
        let first = index
        var end = index
        func digits() -> Int {
            let begin = end
            while end < bytes.count, bytes[end] &- 0x30 < 10 { end += 1 }
            return end - begin
        }
        if end < bytes.count, bytes[end] == 0x2D { end += 1 }
        guard end < bytes.count else { return nil }
        if bytes[end] == 0x30 {
            end += 1
        } else if digits() == 0 {
            return nil
        }
        if end < bytes.count, bytes[end] == 0x2E {
            end += 1
            guard digits() > 0 else { return nil }
        }
        if end < bytes.count, bytes[end] | 0x20 == 0x65 {
            end += 1
            if end < bytes.count, bytes[end] == 0x2B || bytes[end] == 0x2D { end += 1 }
            guard digits() > 0 else { return nil }
        }
        guard Self.endsToken(bytes, at: end) else { return nil }
        return Token(bytes: UnsafeBufferPointer(rebasing: bytes[first..<end]), end: end, scalars: end - first)
    }

    /// A string without escapes from its opening quote, consumed, as its bytes (valid UTF-8 YAML
    /// accepts); nil, with the position unchanged, for a string with escapes or for bad input.
    public mutating func rawString() -> UnsafeBufferPointer<UInt8>? {
        guard let token = rawStringAhead() else { return nil }
        consume(token)
        return token.bytes
    }

    /// The string without escapes at the position, as ``rawString()`` reads it, not consumed.
    public func rawStringAhead() -> Token? {
        guard index < bytes.count, bytes[index] == 0x22 else { return nil }
        let first = index + 1
        var end = first
        var nonASCII = false
        while end < bytes.count {
            end = Self.plainRunEnd(bytes, from: end, nonASCII: &nonASCII)
            guard end < bytes.count else { break }
            let byte = bytes[end]
            if byte == 0x22 { break }
            if byte == 0x5C || byte < 0x20 { return nil }
            if byte >= 0x80 { nonASCII = true }
            end += 1
        }
        guard end < bytes.count else { return nil }
        let run = UnsafeBufferPointer(rebasing: bytes[first..<end])
        if nonASCII, !Self.acceptable(run) { return nil }
        return Token(bytes: run, end: end + 1, scalars: (nonASCII ? Self.scalarCount(run) : run.count) + 2)
    }

    /// The index of the first byte at or after `start` that is a quote, a backslash or a control
    /// character (or a later index at most 7 bytes before the end, from where bytes are read one at a
    /// time), found eight bytes at a time; `nonASCII` is set if a byte before it is not ASCII.
    ///
    /// The tests are the classic "has a zero byte" ones: a byte of `w ^ 0x22…` is zero where `w` has a
    /// quote, and `(x - 0x01…) & ~x & 0x80…` sets the top bit of the lowest zero byte of `x`; bytes
    /// above it may be marked too, by the borrow, which is why only the lowest mark is used.
    static func plainRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, nonASCII: inout Bool) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            let marks = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (word &- ones &* 0x20) & ~word) & highs
            if marks != 0 {
                let hit = marks.trailingZeroBitCount >> 3
                if word & highs & ((1 << UInt64(8 * hit)) &- 1) != 0 { nonASCII = true }
                return index + hit
            }
            if word & highs != 0 { nonASCII = true }
            index += 8
        }
        return index
    }

    /// A token read ahead of the position (``rawStringAhead()``, ``numberAhead()``): its bytes (a
    /// string's without its quotes), and where `consume(_:)` moves the position.
    public struct Token {
        /// The token's bytes.
        public let bytes: UnsafeBufferPointer<UInt8>
        /// The byte index after it, and the Unicode scalars it spans.
        fileprivate let end: Int, scalars: Int
    }

    /// Moves past `token`, read ahead of this position (and nothing since).
    public mutating func consume(_ token: Token) {
        index = token.end
        offset += token.scalars
    }

    /// A string from its opening quote, consumed and decoded; the position ends after the closing quote.
    public mutating func string() -> String? {
        if let run = rawString() { return String(decoding: run, as: UTF8.self) }
        guard index < bytes.count, bytes[index] == 0x22 else { return nil }
        let saved = (index, offset)
        guard let text = escapedString() else {
            (index, offset) = saved
            return nil
        }
        return text
    }

    /// A string with escapes, decoded into the scratch buffer.
    private mutating func escapedString() -> String? {
        advance()
        var nonASCII = false
        var scalars = 0
        scratch.removeAll(keepingCapacity: true)
        while true {
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            if byte == 0x22 { break }
            if byte < 0x20 { return nil }
            if byte == 0x5C {
                guard index + 1 < bytes.count else { return nil }
                let code = bytes[index + 1]
                index += 2
                scalars += 2
                switch code {
                case 0x22, 0x5C, 0x2F: scratch.append(code)
                case 0x62: scratch.append(0x08)
                case 0x66: scratch.append(0x0C)
                case 0x6E: scratch.append(0x0A)
                case 0x72: scratch.append(0x0D)
                case 0x74: scratch.append(0x09)
                case 0x75:
                    guard index + 4 <= bytes.count else { return nil }
                    var value: UInt32 = 0
                    for k in 0..<4 {
                        let h = bytes[index + k]
                        let digit: UInt8
                        switch h {
                        case 0x30...0x39: digit = h - 0x30
                        case 0x41...0x46: digit = h - 0x37
                        case 0x61...0x66: digit = h - 0x57
                        default: return nil
                        }
                        value = value << 4 | UInt32(digit)
                    }
                    index += 4
                    scalars += 4
                    // Surrogate pairs and NUL are read differently by libyaml: leave them to it.
                    guard value != 0, !(0xD800...0xDFFF).contains(value), let scalar = Unicode.Scalar(value) else { return nil }
                    scratch.append(contentsOf: String(Character(scalar)).utf8)
                default:
                    return nil
                }
                continue
            }
            if byte >= 0x80 { nonASCII = true }
            scratch.append(byte)
            if byte & 0xC0 != 0x80 { scalars += 1 }
            index += 1
        }
        index += 1
        offset += scalars + 1
        return scratch.withUnsafeBufferPointer { decoded in
            if nonASCII, !Self.acceptable(decoded) { return nil }
            return String(decoding: decoded, as: UTF8.self)
        }
    }

    /// Whether `run` is valid UTF-8 that YAML also accepts (no C1 controls but NEL, no U+FFFE or U+FFFF).
    private static func acceptable(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
        for k in run.indices {
            if run[k] == 0xC2, k + 1 < run.count, (0x80...0x9F).contains(run[k + 1]), run[k + 1] != 0x85 { return false }
            if run[k] == 0xEF, k + 2 < run.count, run[k + 1] == 0xBF, run[k + 2] >= 0xBE { return false }
        }
        return String(validating: run, as: UTF8.self) != nil
    }

    private static func scalarCount(_ run: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in run where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
