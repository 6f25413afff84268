extension String {
    /// The text with control characters made visible, so that text read from an input file cannot
    /// drive the terminal it is printed on: C0 and C1 controls (ESC included), DEL and the Unicode
    /// bidirectional overrides become `\u{1B}`-style escapes. Tabs are kept; so are line breaks
    /// unless `keepingLineBreaks` is false.
    ///
    /// - Complexity: O(n), and returns `self` unchanged (no copy) when nothing needs escaping.
    public func escapingControlCharacters(keepingLineBreaks: Bool = true) -> String {
        guard unicodeScalars.contains(where: { $0.needsEscaping(keepingLineBreaks: keepingLineBreaks) }) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar.needsEscaping(keepingLineBreaks: keepingLineBreaks) {
                result.append(contentsOf: scalar.visibleEscape.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}

extension Unicode.Scalar {
    /// Whether printing the scalar raw could move the cursor, change colours or reorder text.
    public func needsEscaping(keepingLineBreaks: Bool = true) -> Bool {
        switch value {
        case 0x09: return false
        case 0x0A, 0x0D: return !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `\u{1B}`: how an escaped scalar is shown.
    public var visibleEscape: String { "\\u{" + String(value, radix: 16, uppercase: true) + "}" }
}
