import A11yModel

/// Renders diagnostics as compilers do: `path:line:column: error: message`, the source line and a caret.
public struct DiagnosticRenderer: Sendable {
    /// The files, by path, whose lines are quoted.
    public var files: [String: SourceFile]

    /// Creates a renderer.
    public init(files: [String: SourceFile]) {
        self.files = files
    }

    /// The rendered text of one diagnostic, ending with a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.description + "\n"
        if let line = files[diagnostic.location.file]?.line(diagnostic.location.line) {
            text += line + "\n"
            text += caret(line: line, column: diagnostic.location.column, length: diagnostic.length) + "\n"
        }
        for note in diagnostic.notes {
            if let location = note.location {
                text += "\(location): note: \(note.message)\n"
            } else {
                text += "note: \(note.message)\n"
            }
        }
        return text
    }

    /// Renders many, followed by a count line such as `2 errors, 1 warning`.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    /// A caret under `column`, with tildes for the rest of the token; tabs are kept so the caret lines up,
    /// and wide (CJK) characters take two cells.
    private func caret(line: String, column: Int, length: Int) -> String {
        var prefix = ""
        for (index, scalar) in line.unicodeScalars.enumerated() where index < column - 1 {
            if scalar == "\t" { prefix += "\t" } else { prefix += String(repeating: " ", count: Self.width(scalar)) }
        }
        let scalars = Array(line.unicodeScalars)
        let start = max(0, column - 1)
        let end = min(scalars.count, start + length)
        let width = start < end ? scalars[start..<end].reduce(0) { $0 + Self.width($1) } : 1
        return prefix + "^" + String(repeating: "~", count: max(0, width - 1))
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
