import Foundation
import Testing

/// `default:` on a rule (a threshold with no source) shows in `explain` and `catalog`, end to end,
/// on the shipped catalogs.
@Suite("a11y-rules, library defaults", .serialized)
struct LibraryDefaultCLITests {
    @Test func explainShowsTheDefaultInChineseByDefault() throws {
        let run = try CLIRunner.run(["explain", "QY2022-hall:2.4.2-seats-guides#priority-seats"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("    默认值（无出处，请自行设定）：每个等候区至少1个爱心座椅为本库默认值"))
    }

    @Test func explainShowsTheDefaultInEnglish() throws {
        let run = try CLIRunner.run(["explain", "GB50763-2012:3.5.3-6#handle-height", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("check: handle_height in 890 mm..910 mm"))
        #expect(run.stdout.contains("    default (no source; set your own): ±10 mm on 900 mm is this library's default construction tolerance (unverified, no source)"))
    }

    @Test func explainOfAScorecardShowsItsDefaults() throws {
        let run = try CLIRunner.run(["explain", "QY2022-online", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("rule instant-approval  Instant approval of items for older and disabled people: subject.instant_approval_items >= 1\n        default (no source; set your own): At least 1 item is this library's default"))
    }

    @Test func catalogFlagsAndListsDefaults() throws {
        let text = try CLIRunner.run(["catalog", "--lang", "en"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("  2.4.2-seats-guides 4    share  (1 default) 二(四)2 Priority seats;"))
        #expect(text.stdout.contains("(primary, 1 default) Door handle height"))
        let json = try CLIRunner.run(["catalog", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let scorecards = try #require(object["scorecards"] as? [[String: Any]])
        let hall = try #require(scorecards.first { $0["id"] as? String == "QY2022-hall" })
        let indicators = try #require(hall["indicators"] as? [[String: Any]])
        let seats = try #require(indicators.first { $0["id"] as? String == "2.4.2-seats-guides" })
        let defaults = try #require(seats["default_rules"] as? [[String: Any]])
        #expect(defaults.map { $0["rule"] as? String } == ["QY2022-hall:2.4.2-seats-guides#priority-seats"])
        #expect((defaults.first?["default"] as? [String: String])?["en"]?.hasPrefix("At least one priority seat") == true)
        let standards = try #require(object["standards"] as? [[String: Any]])
        let clauses = try #require(standards.first { $0["id"] as? String == "GB50763-2012" }?["clauses"] as? [[String: Any]])
        let handle = try #require(clauses.first { $0["id"] as? String == "GB50763-2012:3.5.3-6" })
        #expect((handle["default_rules"] as? [Any])?.count == 1)
        let ramp = try #require(clauses.first { $0["id"] as? String == "GB50763-2012:3.4.2" })
        #expect((ramp["default_rules"] as? [Any])?.isEmpty == true)
    }
}
