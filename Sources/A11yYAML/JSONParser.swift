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
            var cursor = JSONCursor(buffer)
            guard let root = value(&cursor, depth: 0, limits: limits) else { return nil }
            cursor.skipWhitespace()
            guard cursor.atEnd else { return nil }
            return YAMLDocument(root: root)
        }
    }

    /// Parses the value at the cursor (after any whitespace) into a node, or returns nil for libyaml
    /// to decide: for decoders that read most of a document from the cursor and want one part as nodes.
    ///
    /// - Parameters:
    ///   - cursor: Left after the value.
    ///   - depth: The nesting depth of the value's container.
    ///   - limits: The nesting bound of ``YAMLParser``.
    public static func value(_ cursor: inout JSONCursor, depth: Int, limits: YAMLLimits = .default) -> YAMLNode? {
        var builder = Builder(cursor: cursor, maxDepth: limits.maxDepth)
        let node = builder.value(depth: depth)
        cursor = builder.cursor
        return node
    }

    /// Builds nodes from the cursor's tokens.
    private struct Builder {
        var cursor: JSONCursor
        let maxDepth: Int

        init(cursor: JSONCursor, maxDepth: Int) {
            self.cursor = cursor
            self.maxDepth = maxDepth
        }

        mutating func value(depth: Int) -> YAMLNode? {
            cursor.skipWhitespace()
            let start = cursor.mark
            switch cursor.current {
            case nil: return nil
            case 0x7B: return object(depth: depth + 1)
            case 0x5B: return array(depth: depth + 1)
            case 0x22:
                guard let text = cursor.string() else { return nil }
                return YAMLNode(.scalar(text, .doubleQuoted), start: start, end: cursor.mark)
            case 0x74: return literal("true", start)
            case 0x66: return literal("false", start)
            case 0x6E: return literal("null", start)
            default:
                guard let run = cursor.number() else { return nil }
                return YAMLNode(.scalar(String(decoding: run, as: UTF8.self), .plain), start: start, end: cursor.mark)
            }
        }

        private mutating func literal(_ word: StaticString, _ start: YAMLMark) -> YAMLNode? {
            guard cursor.literal(word) else { return nil }
            return YAMLNode(.scalar(word.description, .plain), start: start, end: cursor.mark)
        }

        private mutating func object(depth: Int) -> YAMLNode? {
            guard depth <= maxDepth - 1 else { return nil }
            let start = cursor.mark
            cursor.advance()
            var pairs: [YAMLNode.Pair] = []
            if cursor.consume(0x7D) { return YAMLNode(.mapping(pairs), start: start, end: cursor.mark) }
            var seen: Set<String>?
            while true {
                cursor.skipWhitespace()
                let keyStart = cursor.mark
                guard cursor.current == 0x22, let name = cursor.string() else { return nil }
                let key = YAMLNode(.scalar(name, .doubleQuoted), start: keyStart, end: cursor.mark)
                // A duplicate key is a problem libyaml's builder reports: leave the document to it.
                if pairs.count < 12 {
                    if pairs.contains(where: { $0.key.scalar == name }) { return nil }
                } else {
                    if seen == nil { seen = Set(pairs.compactMap(\.key.scalar)) }
                    guard seen?.insert(name).inserted == true else { return nil }
                }
                guard cursor.consume(0x3A), let item = value(depth: depth) else { return nil }
                pairs.append(YAMLNode.Pair(key: key, value: item))
                if cursor.consume(0x2C) { continue }
                guard cursor.consume(0x7D) else { return nil }
                return YAMLNode(.mapping(pairs), start: start, end: cursor.mark)
            }
        }

        private mutating func array(depth: Int) -> YAMLNode? {
            guard depth <= maxDepth - 1 else { return nil }
            let start = cursor.mark
            cursor.advance()
            var items: [YAMLNode] = []
            if cursor.consume(0x5D) { return YAMLNode(.sequence(items), start: start, end: cursor.mark) }
            while true {
                guard let item = value(depth: depth) else { return nil }
                items.append(item)
                if cursor.consume(0x2C) { continue }
                guard cursor.consume(0x5D) else { return nil }
                return YAMLNode(.sequence(items), start: start, end: cursor.mark)
            }
        }
    }
}
