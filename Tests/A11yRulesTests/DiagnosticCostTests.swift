import Testing
import A11yRules
@testable import A11yCatalog
import A11yAdapters

/// Issue 9, defects 6 and 13: diagnostics cost and size bounded by what is shown, and input text
/// never reaches the terminal raw.
@Suite("Diagnostics stay bounded and safe to print")
struct DiagnosticCostTests {
    static func load(_ files: [(String, String)]) -> CatalogLoader.Result {
        CatalogLoader.load(Fixture.files() + files.map { SourceFile(path: $0.0, text: $0.1) })
    }

    @Test func aOneLineFileWithThousandsOfErrorsRendersABoundedReport() throws {
        // 2,500 unknown facts on one 75 KB line: each diagnostic used to quote the whole line.
        let facts = (0..<2_500).map { "unknown_fact_number_\($0): 1" }.joined(separator: ", ")
        let text = "subject: {id: s, kind: hall, facts: {\(facts)}}\n"
        let load = Self.load([("one-line.yaml", text)])
        #expect(load.diagnostics.count == DiagnosticCap.perFile + 1)
        let closing = try #require(load.diagnostics.last)
        #expect(closing.id == "catalog.too-many-diagnostics")
        #expect(closing.severity == .error)
        #expect(closing.message == "2400 more diagnostics in this file (2400 errors) not shown; the first 100 are above, and the next one is here")
        let rendered = DiagnosticRenderer(files: load.files).render(load.diagnostics)
        // 101 diagnostics of three lines each; no quoted line longer than the window and its two ellipses.
        let lines = rendered.split(separator: "\n")
        #expect(lines.count == 3 * 101)
        #expect(lines.allSatisfy { $0.unicodeScalars.count <= DiagnosticRenderer.quoteWidth + 120 })
        #expect(rendered.utf8.count < 40_000)
    }

    @Test func aClippedLineKeepsTheCaretUnderTheToken() {
        let line = Array((String(repeating: "a", count: 500) + "TOKEN" + String(repeating: "b", count: 500)).unicodeScalars)
        let quote = DiagnosticRenderer.quote(line, column: 501, length: 5)
        let caretColumn = quote.caret.unicodeScalars.firstIndex(of: "^").map { quote.caret.unicodeScalars.distance(from: quote.caret.unicodeScalars.startIndex, to: $0) }
        let tokenColumn = quote.line.range(of: "TOKEN").map { quote.line.unicodeScalars.distance(from: quote.line.unicodeScalars.startIndex, to: $0.lowerBound) }
        #expect(caretColumn != nil && caretColumn == tokenColumn)
        #expect(quote.caret.hasSuffix("^~~~~"))
        #expect(quote.line.hasPrefix("…") && quote.line.hasSuffix("…"))
    }

    @Test func controlCharactersFromTheInputAreEscaped() {
        // An unknown key written with a terminal escape (ESC [ 2 J clears the screen).
        let text = "subject:\n  id: s\n  kind: hall\n  facts: {\"\\e[2Jx\\u202E\": 1}\n"
        let load = Self.load([("escape.yaml", text)])
        let rendered = DiagnosticRenderer(files: load.files).render(load.diagnostics)
        #expect(!load.diagnostics.isEmpty)
        #expect(!rendered.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(rendered.contains("\\u{1B}[2Jx\\u{202E}"), "\(rendered)")
    }

    @Test func textWithoutControlCharactersIsUnchanged() {
        #expect("坡道\t1:12".escapingControlCharacters() == "坡道\t1:12")
        #expect("a\u{7}b\nc".escapingControlCharacters(keepingLineBreaks: false) == "a\\u{7}b\\u{A}c")
    }

    @Test func theLastLineOfAFileWithoutAFinalNewlineIsQuoted() {
        let text = "subject:\n  id: s\n  kind: hall\n  facts: {nope: 1}"
        let load = Self.load([("no-newline.yaml", text)])
        let rendered = DiagnosticRenderer(files: load.files).render(load.diagnostics)
        #expect(rendered.contains("  facts: {nope: 1}\n          ^~~~"), "\(rendered)")
    }
}

@Suite("Text reports are safe to print")
struct TextReportEscapingTests {
    @Test func controlCharactersInASubjectReachTheReportEscaped() throws {
        let subject = "subject:\n  id: s\n  kind: hall\n  name: {en: \"Hall\\e]0;owned\\a\"}\n  facts: {parking_spaces: 10}\n"
        let (result, diagnostics) = Fixture.evaluate(subject)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let load = Fixture.load([("subject.yaml", subject)])
        let text = TextReporter(language: .en).report([try #require(result)], catalog: load.catalog)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("Hall\\u{1B}]0;owned\\u{7}"), "\(text.prefix(200))")
    }
}
