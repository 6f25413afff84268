import Testing
import A11yRules

/// Issue 9, defect 12: every diagnostic is placed inside its file, and a file that is not UTF-8
/// says so.
@Suite("Positions inside the file")
struct PositionTests {
    @Test func anErrorAtTheEndOfAFileWithoutAFinalNewlineIsOnItsLastLine() throws {
        // Found by FuzzCatalog: the end-of-stream mark lay on a line the file does not have.
        let text = "subject:\n  id: s\n  kind: hall\n  facts: {parking_spaces: 3"
        let load = Fixture.load([("open.yaml", text)])
        let error = try #require(load.diagnostics.first)
        #expect(error.location.line == 4)
        #expect(error.location.column <= "  facts: {parking_spaces: 3".count + 1)
        let rendered = DiagnosticRenderer(files: load.files).render(error)
        #expect(rendered.contains("  facts: {parking_spaces: 3\n"), "\(rendered)")
    }

    @Test(arguments: [[UInt8(0xFF), 0xFE], [0xFE, 0xFF]])
    func aUTF16FileIsToldToBeUTF8(bom: [UInt8]) throws {
        let utf16 = Array("subject: {id: s, kind: hall}\n".utf16)
        let bytes = bom + utf16.flatMap { bom[0] == 0xFF ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let load = CatalogLoader.load(Fixture.files() + [SourceFile(path: "utf16.yaml", bytes: bytes)])
        let error = try #require(load.diagnostics.first)
        #expect(error.id == "catalog.encoding")
        #expect(error.message == "the file is UTF-16 (it starts with a UTF-16 byte-order mark); the file must be UTF-8")
        #expect(error.location == SourceLocation(file: "utf16.yaml", line: 1, column: 1))
    }
}
