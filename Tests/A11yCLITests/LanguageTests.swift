import Foundation
import Testing

/// A Chinese report shows no English that the project wrote, and an English report no Chinese: every
/// Latin word of a zh report, and every run of Chinese characters of an en report, must come from the
/// files the user gave (names, ids, attribute names, values, catalog texts given in one language only).
@Suite("Reports speak one language", .serialized)
struct LanguageTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Latin words of two letters or more, lowercased.
    static func latinWords(_ text: String) -> Set<String> {
        var words: Set<String> = [], word = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic { word.unicodeScalars.append(scalar); continue }
            if word.count >= 2 { words.insert(word.lowercased()) }
            word = ""
        }
        if word.count >= 2 { words.insert(word.lowercased()) }
        return words
    }

    /// Maximal runs of CJK ideographs and CJK punctuation.
    static func chineseRuns(_ text: String) -> Set<String> {
        var runs: Set<String> = [], run = ""
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x4E00...0x9FFF).contains(v) || (0x3000...0x303F).contains(v) || (0xFF00...0xFFEF).contains(v) {
                run.unicodeScalars.append(scalar)
                continue
            }
            if !run.isEmpty { runs.insert(run) }
            run = ""
        }
        if !run.isEmpty { runs.insert(run) }
        return runs
    }

    static func inputs(_ paths: [URL]) throws -> String {
        var text = ""
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                let files = FileManager.default.enumerator(at: path, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
                for file in files where file.pathExtension == "yaml" { text += try String(contentsOf: file, encoding: .utf8) + "\n" }
            } else {
                text += try String(contentsOf: path, encoding: .utf8) + "\n"
            }
        }
        return text + " " + path(paths)
    }

    private static func path(_ paths: [URL]) -> String { paths.map(\.path).joined(separator: " ") }

    static func check(_ arguments: [String], inputs files: [URL], in directory: URL = CLIRunner.golden) throws {
        let input = try inputs(files)
        let allowedWords = latinWords(input)
        let zh = try CLIRunner.run(["evaluate"] + arguments, in: directory)
        #expect(!zh.stdout.isEmpty, "\(zh.stderr)")
        let english = latinWords(zh.stdout).subtracting(allowedWords).sorted()
        #expect(english.isEmpty, "English the project wrote in a Chinese report: \(english)")
        let en = try CLIRunner.run(["evaluate", "--lang", "en"] + arguments, in: directory)
        let chinese = chineseRuns(en.stdout).filter { !input.contains($0) }.sorted()
        #expect(chinese.isEmpty, "Chinese the project wrote in an English report: \(chinese)")
    }

    @Test(arguments: ["subjects/hall.yaml", "subjects/sparse.yaml"])
    func fixtureReports(_ subject: String) throws {
        try Self.check([subject, "--no-builtin", "--catalog", "catalog"],
                       inputs: [CLIRunner.golden.appendingPathComponent("catalog"), CLIRunner.golden.appendingPathComponent(subject)])
    }

    @Test(arguments: ["Examples/halls/liannan-unsurveyed.yaml", "Examples/halls/qingcheng.yaml"])
    func shippedCatalogReports(_ subject: String) throws {
        let root = Self.repository
        try Self.check([subject], inputs: [root.appendingPathComponent("Standards"), root.appendingPathComponent(subject)], in: root)
    }

    @Test func theChecksCanFail() {
        #expect(Self.latinWords("通过 3，不通过 2；straddles the limit") == ["straddles", "the", "limit"])
        #expect(Self.chineseRuns("3 passed, 待定 1") == ["待定"])
    }
}
