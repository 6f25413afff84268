import Testing
@testable import A11yYAML

@Suite("YAML layer")
struct YAMLParserTests {
    @Test func nodesCarryOneBasedPositions() throws {
        let document = try YAMLParser.parse("a: 1\nb:\n  - x\n  - {c: 1:12}\n")
        let b = try #require(document.root["b"])
        #expect(b.start.line == 3 && b.start.column == 3)
        let mapping = try #require(b.items?[1])
        #expect(mapping["c"]?.scalar == "1:12")
        #expect(mapping["c"]?.start.line == 4)
        #expect(mapping["c"]?.start.column == 9)
    }

    @Test func ratiosStayText() throws {
        // YAML 1.1 resolvers turn 1:12 into sexagesimal 72; scalars here stay text until typed.
        let document = try YAMLParser.parse("slope: 1:12\n")
        #expect(document.root["slope"]?.scalar == "1:12")
    }

    @Test func duplicateKeysAreReportedWithBothPositions() throws {
        let document = try YAMLParser.parse("id: a\ntitle: x\nid: b\n")
        let problem = try #require(document.problems.first)
        #expect(problem.kind == .duplicateKey)
        #expect(problem.description == "3:1: duplicate key 'id' in this mapping")
        #expect(problem.note?.mark.line == 1)
        #expect(document.root["id"]?.scalar == "a")
    }

    @Test func anchorsAliasesAndMergeKeysWork() throws {
        let text = "base: &b {x: 1, y: 2}\nuse: *b\nmerged:\n  <<: *b\n  y: 3\n"
        let document = try YAMLParser.parse(text)
        #expect(document.root["use"]?["x"]?.scalar == "1")
        #expect(document.root["merged"]?["x"]?.scalar == "1")
        #expect(document.root["merged"]?["y"]?.scalar == "3")
        #expect(document.problems.isEmpty)
    }

    @Test func billionLaughsIsRejected() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        #expect {
            try YAMLParser.parse(text)
        } throws: { error in
            (error as? YAMLError)?.kind == .aliasBomb
        }
    }

    @Test func deepNestingIsRejected() {
        let text = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        #expect {
            try YAMLParser.parse(text)
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.kind == .tooDeep && error.message == "collections nest deeper than 256 levels"
        }
    }

    @Test func invalidUTF8IsAnEncodingErrorWithItsLine() {
        let bytes: [UInt8] = Array("a: 1\nb: ".utf8) + [0xFF, 0xFE, 0x41] + Array("\n".utf8)
        #expect {
            try YAMLParser.parse(bytes)
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.kind == .encoding && error.mark.line == 2
        }
    }

    @Test func syntaxErrorsCarryLibyamlsProblemAndPosition() {
        #expect {
            try YAMLParser.parse("a: [1, 2\nb: 3\n")
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.kind == .syntax && error.detail?.contains("did not find expected ',' or ']'") == true && error.mark.line == 2
                && error.message.hasPrefix("a list written [ … ] is not closed with ']'")
                && error.note?.message == "the '[' opened here" && error.note?.mark.line == 1
        }
    }

    /// libyaml's words, as a rule author meets them, get plain explanations.
    @Test(arguments: [
        ("l:\n  - a: 1\n   - b: 2\n", "this line is not indented like the list items above it"),
        ("t: {en: this: that}\n", "a mapping written { … } is not closed with '}', or two entries are not separated by ','; in YAML a value containing ': ', ',' or '}' must be quoted (write {en: \"a: b\"})"),
        ("t: @home\n", "a plain value cannot start with '@': quote the value"),
        ("t: a: b\n", "a value containing ': ' must be quoted (write key: \"a: b\")"),
        ("a:\n\tb: 1\n", "YAML is indented with spaces, never tabs"),
        ("t: \"abc\n", "a quoted value is never closed"),
        ("l: - a\n", "a '- ' list cannot start on the same line as its key"),
        ("a:\n  t: \"a\" b\n", "this line does not line up with the keys of the mapping above it"),
    ])
    func syntaxErrorsAreExplained(text: String, explanation: String) {
        #expect {
            try YAMLParser.parse(text)
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.kind == .syntax && error.message.hasPrefix(explanation) && error.detail != nil
        }
    }

    @Test func oneDocumentPerFile() {
        #expect(throws: YAMLError.self) { try YAMLParser.parse("a: 1\n---\nb: 2\n") }
        #expect(throws: YAMLError.self) { try YAMLParser.parse("") }
    }

    @Test func jsonParses() throws {
        let document = try YAMLParser.parse(#"{"subject": {"id": "x", "facts": {"n": 3}, "list": [1, 2]}}"#)
        #expect(document.root["subject"]?["facts"]?["n"]?.scalar == "3")
        #expect(document.root["subject"]?["list"]?.items?.count == 2)
    }
}
