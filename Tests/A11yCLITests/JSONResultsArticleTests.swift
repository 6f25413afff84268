import Foundation
import Testing

/// The JSONResults article's example document names every field the tool writes, and no other: it is
/// checked, object by object, against the JSON of the demo subject the DSL and Scoring articles build.
@Suite("DocC: the JSON results example matches the output")
struct JSONResultsArticleTests {
    @Test func exampleHasTheFieldsWritten() throws {
        let folder = try DocSnippetTests.scratch(for: "TheRulesDSL.md", "Scoring.md")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLIRunner.run(["evaluate", "--no-builtin", "--catalog", "demo", "--catalog", "demo-more", "subjects", "--format", "json"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let written = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let block = try #require(try DocSnippetTests.blocks("JSONResults.md", language: "json").first { $0.hasPrefix("{\n  \"format\"") })
        let example = try #require(try JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])

        func object(_ root: [String: Any], _ path: [String]) -> [String: Any]? {
            var current: Any = root
            for step in path {
                if let index = Int(step) {
                    guard let array = current as? [Any], array.count > index else { return nil }
                    current = array[index]
                } else {
                    guard let next = (current as? [String: Any])?[step] else { return nil }
                    current = next
                }
            }
            return current as? [String: Any]
        }
        let paths: [[String]] = [
            [], ["generator"], ["generator", "catalogs"], ["subjects", "0"], ["subjects", "0", "findings", "0"],
            ["subjects", "0", "findings", "0", "observed_values", "0"], ["subjects", "0", "clauses", "0"],
            ["subjects", "0", "scorecards", "0"], ["subjects", "0", "scorecards", "0", "indicators", "0"],
        ]
        for path in paths {
            let documented = try #require(object(example, path), "the example has no \(path.joined(separator: "."))")
            let actual = try #require(object(written, path), "the output has no \(path.joined(separator: "."))")
            // `listed` is there only for a selection of findings.
            let missing = Set(actual.keys).subtracting(documented.keys).subtracting(["listed"])
            let invented = Set(documented.keys).subtracting(actual.keys)
            #expect(missing.isEmpty && invented.isEmpty,
                    "\(path.joined(separator: ".")): not in the example \(missing.sorted()), not written \(invented.sorted())")
        }
    }
}
