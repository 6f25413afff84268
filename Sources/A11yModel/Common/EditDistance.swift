/// "Did you mean" support: the closest known name by edit distance.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    ///
    /// Close enough means a Levenshtein distance of at most a third of the word's length (at least 1,
    /// at most 3), or `word` differs only in case, `-`/`_`, or is a prefix of a single candidate.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let normalized = normalize(word)
        var best: (String, Int)?
        var prefixed: [String] = []
        for candidate in candidates {
            if normalize(candidate) == normalized { return candidate }
            if normalized.count >= 3, normalize(candidate).hasPrefix(normalized) { prefixed.append(candidate) }
            let distance = levenshtein(Array(word.unicodeScalars), Array(candidate.unicodeScalars))
            if best == nil || distance < best!.1 || (distance == best!.1 && candidate < best!.0) {
                best = (candidate, distance)
            }
        }
        let limit = min(3, max(1, word.unicodeScalars.count / 3))
        if let best, best.1 <= limit { return best.0 }
        if prefixed.count == 1 { return prefixed[0] }
        return nil
    }

    private static func normalize(_ word: String) -> String {
        String(word.lowercased().map { $0 == "-" ? "_" : $0 })
    }

    /// The Levenshtein distance between two scalar arrays.
    public static func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
