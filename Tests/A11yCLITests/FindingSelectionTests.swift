import Foundation
import Testing

/// `evaluate --findings … --standard …`: the selection changes which findings are listed, never the
/// counts, verdicts or scores, and the output says that it is a selection.
@Suite("a11y-rules evaluate, finding selection", .serialized)
struct FindingSelectionTests {
    let fixture = ["--no-builtin", "--catalog", "catalog"]

    func subject(_ arguments: [String]) throws -> [String: Any] {
        let run = try CLIRunner.run(["evaluate", "subjects/hall.yaml", "--format", "json"] + arguments + fixture)
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return try #require((object["subjects"] as? [[String: Any]])?.first)
    }

    func outcomes(_ subject: [String: Any]) -> [String] {
        ((subject["findings"] as? [[String: Any]]) ?? []).compactMap { $0["outcome"] as? String }
    }

    @Test func eachSelectionListsItsOutcomesWithTheSameSummaryAndScores() throws {
        let all = try subject([])
        #expect(all["listed"] == nil, "a full listing carries no selection")
        let everyOutcome = outcomes(all)
        for (name, kept) in [("none", Set<String>()), ("failed", ["failed"]), ("undecided", ["failed", "cantTell", "untested"])] {
            let selected = try subject(["--findings", name])
            #expect(outcomes(selected) == everyOutcome.filter(kept.contains), "\(name)")
            #expect(NSDictionary(dictionary: selected["summary"] as? [String: Any] ?? [:]) == NSDictionary(dictionary: all["summary"] as? [String: Any] ?? [:]))
            #expect(NSArray(array: selected["scorecards"] as? [Any] ?? []) == NSArray(array: all["scorecards"] as? [Any] ?? []))
            #expect(NSArray(array: selected["clauses"] as? [Any] ?? []) == NSArray(array: all["clauses"] as? [Any] ?? []))
            let listed = try #require(selected["listed"] as? [String: Any])
            #expect(Set(listed["outcomes"] as? [String] ?? ["?"]) == kept)
        }
        #expect(everyOutcome.contains("failed") && everyOutcome.contains("passed"))
    }

    @Test func standardLimitsTheListedFindings() throws {
        let limited = try subject(["--standard", "T-1", "--findings", "failed"])
        let findings = try #require(limited["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { ($0["clause"] as? String)?.hasPrefix("T-1:") == true && $0["outcome"] as? String == "failed" })
        #expect((limited["listed"] as? [String: Any])?["standards"] as? [String] == ["T-1"])
    }

    @Test func unknownStandardSuggests() throws {
        let run = try CLIRunner.run(["evaluate", "subjects/hall.yaml", "--standard", "T-2"] + fixture)
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown standard 'T-2' (did you mean 'T-1'?)"))
    }

    @Test func failOnSeesUnlistedFailures() throws {
        let run = try CLIRunner.run(["evaluate", "subjects/hall.yaml", "--findings", "none", "--fail-on", "error", "--format", "jsonl"] + fixture)
        #expect(run.status == 1)
        #expect(run.stdout.contains("\"findings\":[]"))
    }
}
