import Foundation
import Testing

/// The READMEs' commands, run as a reader would run them: the two READMEs open with the same two
/// commands, and every `a11y-rules` line of the Chinese README's example block works as written.
@Suite("README commands")
struct ReadmeCommandTests {
    static let root = ReportGoldenTests.root

    /// The `sh` code blocks of a Markdown file, each as its lines.
    static func shellBlocks(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
        var blocks: [[String]] = [], current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if current == nil, line == "```sh" { current = [] }
            else if current != nil, line == "```" { blocks.append(current ?? []); current = nil }
            else if current != nil { current?.append(line) }
        }
        return blocks
    }

    /// A command line without its trailing `# comment`.
    static func command(_ line: String) -> String {
        (line.range(of: "   #").map { String(line[..<$0.lowerBound]) } ?? line).trimmingCharacters(in: .whitespaces)
    }

    @Test func bothReadmesOpenWithTheSameTwoCommands() throws {
        let english = try #require(try Self.shellBlocks("README.md").first).map(Self.command)
        let chinese = try #require(try Self.shellBlocks("README.zh-CN.md").first).map(Self.command)
        #expect(english == ["swift run a11y-rules evaluate Examples/halls/qingcheng.yaml", "swift test"])
        #expect(chinese == english)
    }

    @Test func theChineseReadmesExamplesRun() throws {
        let lines = try Self.shellBlocks("README.zh-CN.md").flatMap { $0 }.map(Self.command).filter { $0.hasPrefix("a11y-rules ") }
        #expect(lines.count >= 4)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for line in lines {
            var arguments = Array(line.split(separator: " ").map(String.init).dropFirst())
            // `-o FILE` goes to a scratch folder, keeping the file name the README gives.
            if let o = arguments.firstIndex(of: "-o"), o + 1 < arguments.count {
                arguments[o + 1] = dir.appendingPathComponent(arguments[o + 1]).path
            }
            let run = try CLIRunner.run(arguments, in: Self.root)
            #expect(run.status == 0, "\(line): \(run.stderr)")
            if let o = arguments.firstIndex(of: "-o") {
                #expect(FileManager.default.fileExists(atPath: arguments[o + 1]), "\(line) wrote nothing")
            } else {
                #expect(!run.stdout.isEmpty, "\(line) printed nothing")
            }
        }
    }
}
