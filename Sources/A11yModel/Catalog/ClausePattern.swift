/// Matches clause and rule ids against an indicator's `includes` pattern, where `*` stands for any
/// run of characters: `GB50763-2012:3.4.*` matches `GB50763-2012:3.4.4`.
public struct ClausePattern: Sendable, Hashable {
    /// The pattern as written.
    public var text: String
    private let pieces: [Substring]
    /// Whether the pattern names a single rule (`…#rule`).
    public let namesRule: Bool

    /// Creates a pattern.
    public init(_ text: String) {
        self.text = text
        self.pieces = text.split(separator: "*", omittingEmptySubsequences: false)
        namesRule = text.contains("#")
    }

    /// Whether `id` matches.
    public func matches(_ id: String) -> Bool {
        if pieces.count == 1 { return id == text }
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
