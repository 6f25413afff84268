/// Matches clause and rule ids against an indicator's `includes` pattern, where `*` stands for any
/// run of characters: `GB50763-2012:3.4.*` matches `GB50763-2012:3.4.4`.
public struct ClausePattern: Sendable, Hashable {
    /// The pattern as written.
    public var text: String
    private let pieces: [Substring]
    /// The pieces' bytes, when every byte of the pattern is one character (ASCII without a carriage
    /// return, which joins a line feed into one): then an id of such bytes matches exactly when its bytes do.
    private let bytePieces: [[UInt8]]?
    /// Whether the pattern names a single rule (`…#rule`).
    public let namesRule: Bool

    /// Creates a pattern.
    public init(_ text: String) {
        self.text = text
        self.pieces = text.split(separator: "*", omittingEmptySubsequences: false)
        bytePieces = Self.isOneByteCharacters(text.utf8) ? pieces.map { Array($0.utf8) } : nil
        namesRule = text.contains("#")
    }

    /// Whether `id` matches.
    ///
    /// Ids and patterns of ASCII are matched on their bytes: a scorecard's plan tests every indicator's
    /// patterns against every clause and rule of a catalog, and matching by characters took about 5,000
    /// instructions a test (0.4 G instructions for the 10,000-rule mix).
    public func matches(_ id: String) -> Bool {
        if pieces.count == 1 { return id == text }
        if let bytePieces, Self.isOneByteCharacters(id.utf8) {
            var id = id
            return id.withUTF8 { Self.matches($0, bytePieces) }
        }
        var rest = Substring(id)
        guard let first = pieces.first, rest.hasPrefix(first) else { return false }
        rest = rest.dropFirst(first.count)
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let range = rest.range(of: piece) else { return false }
            rest = rest[range.upperBound...]
        }
        let last = pieces.last ?? ""
        return rest.hasSuffix(last) && rest.count >= last.count
    }
}

extension ClausePattern {
    /// Whether every byte is ASCII and none is a carriage return: each byte is then one character.
    private static func isOneByteCharacters(_ utf8: String.UTF8View) -> Bool {
        !utf8.contains { $0 >= 0x80 || $0 == 0x0D }
    }

    /// ``matches(_:)`` on bytes: the first piece a prefix, each middle piece found after the one before
    /// (at its first place), the last piece a suffix of what is left.
    private static func matches(_ id: UnsafeBufferPointer<UInt8>, _ pieces: [[UInt8]]) -> Bool {
        guard let first = pieces.first, let last = pieces.last, id.starts(with: first) else { return false }
        var rest = first.count
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let found = firstPlace(of: piece, in: id, from: rest) else { return false }
            rest = found + piece.count
        }
        return id.count - rest >= last.count && id[(id.count - last.count)...].elementsEqual(last)
    }

    /// The first index at or after `start` where `piece` (not empty) begins in `bytes`.
    private static func firstPlace(of piece: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard bytes.count - start >= piece.count else { return nil }
        for index in start...(bytes.count - piece.count) where bytes[index] == piece[0] {
            if bytes[index..<(index + piece.count)].elementsEqual(piece) { return index }
        }
        return nil
    }
}

extension Substring {
    fileprivate func range(of piece: Substring) -> Range<Substring.Index>? {
        var start = startIndex
        while start <= endIndex {
            if self[start...].hasPrefix(piece) { return start..<index(start, offsetBy: piece.count) }
            if start == endIndex { break }
            start = index(after: start)
        }
        return nil
    }
}
