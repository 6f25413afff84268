import Testing
import A11yRules
@testable import A11yCatalog

/// Issue 9, defect 12: an error inside a multi-line or escaped `check:` points at its own line and column,
/// through the YAML scalar's line structure, with a note where the file's text differs from the value.
@Suite("Positions inside multi-line expressions")
struct ExpressionPositionTests {
    /// A standard with one rule whose `check` is written as `value` (indented under `check:` at column 11).
    static func standard(_ value: String) -> String {
        """
        standard:
          id: P-1
          title: {en: Positions}
          type: national-recommended
          vocabulary: hall
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - id: r
                  for: ramp
                  check: \(value)
        """
    }

    static let valueLine = 12

    /// (style, value as written, line of the error counted from the `check:` line, column, caret length, note?)
    /// Continuation lines are indented 12 spaces, past the `check` key at column 11.
    static let indent = String(repeating: " ", count: 12)

    /// (style, value as written, line of the error counted from the `check:` line, column, caret length, note?)
    static let cases: [(String, String, Int, Int, Int, Bool)] = [
        ("literal", "|\n\(indent)clear_width >= 1.00 m\n\(indent)and handrails == \"both-sides\"\n\(indent)and slop <= 1:12", 3, 17, 4, false),
        ("folded", ">\n\(indent)clear_width >= 1.00 m\n\(indent)and slop <= 1:12", 2, 17, 4, false),
        ("folded with a blank line and more indentation", ">\n\(indent)clear_width >= 1.00 m\n\n\(indent)  and slop <= 1:12", 3, 19, 4, false),
        ("plain", "clear_width >= 1.00 m\n\(indent)and slop <= 1:12", 1, 17, 4, false),
        ("double-quoted", "\"clear_width >= 1.00 m\n\(indent)and slop <= 1:12\"", 1, 17, 4, false),
        ("single-quoted with a doubled quote", "'handrails == ''both''\n\(indent)and slope <= 1:12'", 0, 32, 8, true),
        ("double-quoted with escapes", "\"clear_width >= 1.00 m and \\u5761\\u5761 == 1 or\n\(indent)slope <= 1:12\"", 0, 45, 12, true),
    ]

    @Test(arguments: cases.indices)
    func theErrorIsAtTheOffendingLine(_ index: Int) throws {
        let (style, value, line, column, length, noted) = Self.cases[index]
        let load = Fixture.load([("p.yaml", Self.standard(value))])
        let error = try #require(load.diagnostics.first { $0.location.file == "p.yaml" && $0.severity == .error }, "\(style)")
        #expect(error.location.line == Self.valueLine + line, "\(style): \(error)")
        #expect(error.location.column == column, "\(style): \(error)")
        #expect(error.length == length, "\(style): \(error)")
        #expect(error.notes.contains { $0.message.hasPrefix("the value's text differs from the file's here") } == noted, "\(style)")
    }

    @Test func theCaretIsUnderTheTokenOnALineWithWideCharacters() {
        // 坡道 is two East Asian Wide characters: four terminal columns before the token.
        let line = Array("  title: 坡道, check: slop".unicodeScalars)
        let quote = DiagnosticRenderer.quote(line, column: 21, length: 4)
        #expect(quote.caret == "                      ^~~~")
        let fullwidth = Array("ＡＢ x".unicodeScalars)
        #expect(DiagnosticRenderer.quote(fullwidth, column: 4, length: 1).caret == "     ^")
    }
}
