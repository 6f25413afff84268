/// Reads JSON straight from UTF-8 bytes into the same positioned ``YAMLNode`` trees as ``YAMLParser``,
/// without libyaml: the fast path for JSON subjects and JSON Lines streams.
///
/// JSON is YAML flow syntax, so for every input this parser accepts, the tree is the one libyaml
/// builds (strings are double-quoted scalars; numbers, `true`, `false` and `null` plain scalars with
/// their text as written; marks at the same lines and columns). Whenever the input is anything else,
/// or would give a problem (a syntax error, a duplicate key, nesting past the limit, a character YAML
/// forbids, an escape YAML reads differently), it returns nil, and the caller parses the input with
/// ``YAMLParser`` to get libyaml's verdict and diagnostics unchanged.
public enum JSONParser {
    /// Parses one JSON document, or returns nil for libyaml to decide (see the type's description).
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 input.
    ///   - limits: The nesting bound of ``YAMLParser`` (deeper input returns nil).
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default) -> YAMLDocument? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(buffer, maxDepth: limits.maxDepth)
            guard let root = scanner.value(depth: 0) else { return nil }
            scanner.skipWhitespace()
            guard scanner.failed == false, scanner.index == buffer.count else { return nil }
            return YAMLDocument(root: root)
        }
    }

    /// A cursor over the bytes that keeps the line and the Unicode-scalar offset of its position.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let maxDepth: Int
        var index = 0
        var line = 1
        /// Scalar offset of the current position and of the current line's start.
        var offset = 0
        var lineStart = 0
        var failed = false
        /// Decoded string bytes (reused).
        var scratch: [UInt8] = []

        init(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
            self.bytes = bytes
            self.maxDepth = maxDepth
        }

        var mark: YAMLMark { YAMLMark(line: line, column: offset - lineStart + 1, offset: offset) }

        mutating func skipWhitespace() {
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
                    // Tabs and carriage returns are left to libyaml, which has its own rules for them.
                    return
                }
            }
        }

        mutating func value(depth: Int) -> YAMLNode? {
            skipWhitespace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case 0x7B: return object(depth: depth + 1)
            case 0x5B: return array(depth: depth + 1)
            case 0x22:
                let start = mark
                guard let text = string() else { return nil }
                return YAMLNode(.scalar(text, .doubleQuoted), start: start, end: mark)
            case 0x74: return literal("true")
            case 0x66: return literal("false")
            case 0x6E: return literal("null")
            default: return number()
            }
        }

        private mutating func object(depth: Int) -> YAMLNode? {
            guard depth <= maxDepth - 1 else { return nil }
            let start = mark
            advance()
            var pairs: [YAMLNode.Pair] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == 0x7D {
                advance()
                return YAMLNode(.mapping(pairs), start: start, end: mark)
            }
            var seen: Set<String>?
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == 0x22 else { return nil }
                let keyStart = mark
                guard let name = string() else { return nil }
                let key = YAMLNode(.scalar(name, .doubleQuoted), start: keyStart, end: mark)
                // A duplicate key is a problem libyaml's builder reports: leave the document to it.
                if pairs.count < 12 {
                    if pairs.contains(where: { $0.key.scalar == name }) { return nil }
                } else {
                    if seen == nil { seen = Set(pairs.compactMap(\.key.scalar)) }
                    guard seen?.insert(name).inserted == true else { return nil }
                }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == 0x3A else { return nil }
                advance()
                guard let item = value(depth: depth) else { return nil }
                pairs.append(YAMLNode.Pair(key: key, value: item))
                skipWhitespace()
                guard index < bytes.count else { return nil }
                if bytes[index] == 0x2C {
                    advance()
                    continue
                }
                guard bytes[index] == 0x7D else { return nil }
                advance()
                return YAMLNode(.mapping(pairs), start: start, end: mark)
            }
        }

        private mutating func array(depth: Int) -> YAMLNode? {
            guard depth <= maxDepth - 1 else { return nil }
            let start = mark
            advance()
            var items: [YAMLNode] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == 0x5D {
                advance()
                return YAMLNode(.sequence(items), start: start, end: mark)
            }
            while true {
                guard let item = value(depth: depth) else { return nil }
                items.append(item)
                skipWhitespace()
                guard index < bytes.count else { return nil }
                if bytes[index] == 0x2C {
                    advance()
                    continue
                }
                guard bytes[index] == 0x5D else { return nil }
                advance()
                return YAMLNode(.sequence(items), start: start, end: mark)
            }
        }

        /// One ASCII byte.
        private mutating func advance() {
            index += 1
            offset += 1
        }

        private mutating func literal(_ word: StaticString) -> YAMLNode? {
            let start = mark
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return nil }
            let matches = word.withUTF8Buffer { expected in
                (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
            }
            guard matches else { return nil }
            index += count
            offset += count
            guard endsToken() else { return nil }
            return YAMLNode(.scalar(word.description, .plain), start: start, end: mark)
        }

        /// Whether the byte after a plain token ends it the way JSON and YAML both read.
        private func endsToken() -> Bool {
            guard index < bytes.count else { return true }
            switch bytes[index] {
            case 0x20, 0x0A, 0x2C, 0x5D, 0x7D: return true
            default: return false
            }
        }

        /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as written.
        private mutating func number() -> YAMLNode? {
            let start = mark
            let first = index
            func digits() -> Int {
                let begin = index
                while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1 }
                return index - begin
            }
            if index < bytes.count, bytes[index] == 0x2D { index += 1 }
            guard index < bytes.count else { return nil }
            if bytes[index] == 0x30 {
                index += 1
            } else if digits() == 0 {
                return nil
            }
            if index < bytes.count, bytes[index] == 0x2E {
                index += 1
                guard digits() > 0 else { return nil }
            }
            if index < bytes.count, bytes[index] | 0x20 == 0x65 {
                index += 1
                if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
                guard digits() > 0 else { return nil }
            }
            offset += index - first
            guard endsToken() else { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<index]), as: UTF8.self)
            return YAMLNode(.scalar(text, .plain), start: start, end: mark)
        }

        /// A string from its opening quote; the position ends after the closing quote.
        private mutating func string() -> String? {
            advance()
            let first = index
            var escaped = false
            var nonASCII = false
            // Fast scan: most strings have neither escapes nor non-ASCII text.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x22 { break }
                if byte == 0x5C { escaped = true; break }
                if byte < 0x20 { return nil }
                if byte >= 0x80 { nonASCII = true }
                index += 1
            }
            if !escaped {
                guard index < bytes.count else { return nil }
                let run = UnsafeBufferPointer(rebasing: bytes[first..<index])
                index += 1
                if !nonASCII {
                    offset += run.count + 1
                    return String(decoding: run, as: UTF8.self)
                }
                guard let text = Self.validated(run) else { return nil }
                offset += Self.scalarCount(run) + 1
                return text
            }
            // With escapes: decode into the scratch buffer.
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[first..<index]))
            var scalars = Self.scalarCount(UnsafeBufferPointer(rebasing: bytes[first..<index]))
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
                nonASCII ? Self.validated(decoded) : String(decoding: decoded, as: UTF8.self)
            }
        }

        /// The text of valid UTF-8 that YAML also accepts (no C1 controls but NEL, no U+FFFE or U+FFFF), or nil.
        private static func validated(_ run: UnsafeBufferPointer<UInt8>) -> String? {
            for k in run.indices {
                if run[k] == 0xC2, k + 1 < run.count, (0x80...0x9F).contains(run[k + 1]), run[k + 1] != 0x85 { return nil }
                if run[k] == 0xEF, k + 2 < run.count, run[k + 1] == 0xBF, run[k + 2] >= 0xBE { return nil }
            }
            return String(validating: run, as: UTF8.self)
        }

        private static func scalarCount(_ run: UnsafeBufferPointer<UInt8>) -> Int {
            var count = 0
            for byte in run where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }
}
