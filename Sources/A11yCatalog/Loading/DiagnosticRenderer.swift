import A11yModel

/// Renders diagnostics as compilers do: `path:line:column: error: message`, the source line and a caret.
///
/// Rendering stays proportional to what is printed: each file's line starts are indexed once, a
/// quoted line is clipped to a window around the column (``quoteWidth``), and control characters
/// from the input are shown as escapes (`\u{1B}`), never sent to the terminal raw.
public struct DiagnosticRenderer: Sendable {
    /// The files, by path, whose lines are quoted.
    public var files: [String: SourceFile]
    /// The most characters of a source line quoted; longer lines show a window around the column.
    public static let quoteWidth = 120

    /// Creates a renderer.
    public init(files: [String: SourceFile]) {
        self.files = files
    }

    /// The rendered text of one diagnostic, ending with a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        var indexes: [String: LineIndex] = [:]
        return render(diagnostic, indexes: &indexes)
    }

    /// Renders many, one after the other.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var text = ""
        render(diagnostics) { text += $0 }
        return text
    }

    /// Renders many, handing each rendered diagnostic to `write` as soon as it is ready (so that
    /// a long list is streamed, not held).
    public func render(_ diagnostics: [Diagnostic], to write: (String) -> Void) {
        var indexes: [String: LineIndex] = [:]
        for diagnostic in diagnostics { write(render(diagnostic, indexes: &indexes)) }
    }

    private func render(_ diagnostic: Diagnostic, indexes: inout [String: LineIndex]) -> String {
        var text = diagnostic.description.escapingControlCharacters(keepingLineBreaks: false) + "\n"
        if let line = line(diagnostic.location, indexes: &indexes) {
            let quote = Self.quote(line, column: diagnostic.location.column, length: diagnostic.length)
            text += quote.line + "\n" + quote.caret + "\n"
        }
        for note in diagnostic.notes {
            let message = note.message.escapingControlCharacters(keepingLineBreaks: false)
            if let location = note.location {
                text += "\(location): note: \(message)\n"
            } else {
                text += "note: \(message)\n"
            }
        }
        return text
    }

    private func line(_ location: SourceLocation, indexes: inout [String: LineIndex]) -> [Unicode.Scalar]? {
        guard let file = files[location.file] else { return nil }
        if indexes[location.file] == nil { indexes[location.file] = LineIndex(file) }
        guard let bytes = indexes[location.file]?.line(location.line) else { return nil }
        return Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    }

    /// The quoted line (clipped, escaped) and its caret line.
    static func quote(_ scalars: [Unicode.Scalar], column: Int, length: Int) -> (line: String, caret: String) {
        let start = max(0, min(column - 1, scalars.count))
        var from = 0, to = scalars.count
        if scalars.count > quoteWidth {
            from = max(0, min(start - quoteWidth / 3, scalars.count - quoteWidth))
            to = min(scalars.count, from + quoteWidth)
        }
        var line = from > 0 ? "…" : ""
        var caret = from > 0 ? " " : ""
        let end = min(to, start + max(1, length))
        var marked = 0
        for index in from..<to {
            let scalar = scalars[index]
            let shown = scalar.needsEscaping(keepingLineBreaks: false) ? scalar.visibleEscape : String(scalar)
            line += shown
            let width = scalar == "\t" ? 1 : scalar.needsEscaping(keepingLineBreaks: false) ? shown.count : Self.width(scalar)
            if index < start {
                caret += scalar == "\t" ? "\t" : String(repeating: " ", count: width)
            } else if index < end {
                caret += (marked == 0 ? "^" : "~") + String(repeating: "~", count: max(0, width - 1))
                marked += 1
            }
        }
        if to < scalars.count { line += "…" }
        if marked == 0 { caret += "^" }
        return (line, caret)
    }

    private static func width(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
