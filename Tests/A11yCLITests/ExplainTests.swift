import Foundation
import Testing

/// `explain` for what rules are written against, and `catalog --vocabularies`.
@Suite("a11y-rules explain and catalog --vocabularies, end to end", .serialized)
struct ExplainTests {
    let fixture = ["--no-builtin", "--catalog", "catalog"]

    @Test(arguments: ["en", "zh"])
    func partKindsShowTypesUnitsAndValues(lang: String) throws {
        let run = try CLIRunner.run(["explain", "hall.ramp", "--lang", lang] + fixture)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try CLIRunner.expected("explain-hall-ramp.\(lang).txt")))
    }

    @Test(arguments: ["en", "zh"])
    func catalogListsVocabularies(lang: String) throws {
        let run = try CLIRunner.run(["catalog", "--vocabularies", "--lang", lang] + fixture)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try CLIRunner.expected("catalog-vocabularies.\(lang).txt")))
    }

    @Test func vocabulariesAsJSON() throws {
        let run = try CLIRunner.run(["catalog", "--vocabularies", "--format", "json"] + fixture)
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "a11y-rules/vocabularies")
        let hall = try #require((object["vocabularies"] as? [[String: Any]])?.first { $0["id"] as? String == "hall" })
        let ramp = try #require((hall["parts"] as? [[String: Any]])?.first { $0["name"] as? String == "ramp" })
        let handrails = try #require((ramp["attributes"] as? [[String: Any]])?.first { $0["name"] as? String == "handrails" })
        #expect(handrails["values"] as? [String] == ["none", "one-side", "both-sides"])
        let width = try #require((ramp["attributes"] as? [[String: Any]])?.first { $0["name"] as? String == "clear_width" })
        #expect(width["unit"] as? String == "m")
        #expect(width["units"] as? [String] == ["m", "cm", "mm", "km"])
    }

    @Test func vocabulariesAttributesTablesAndIndicators() throws {
        let vocabulary = try CLIRunner.run(["explain", "hall", "--lang", "en"] + fixture)
        #expect(vocabulary.stdout.contains("    parking_spaces  停车位总数  [count]\n"))
        #expect(vocabulary.stdout.contains("    ramp  Ramp  (5 attributes; explain hall.ramp)\n"))
        let attribute = try CLIRunner.run(["explain", "hall.door.kind", "--lang", "en"] + fixture)
        #expect(attribute.stdout.hasPrefix("hall.door.kind\n  type: enum: swing, sliding, automatic\n"))
        let table = try CLIRunner.run(["explain", "T-1:ramp-max-rise", "--lang", "en"] + fixture)
        #expect(table.stdout.contains("  input: ratio, output: length, interpolation: linear\n"))
        #expect(table.stdout.contains("    1:10  →  0.6 m\n"))
        let bare = try CLIRunner.run(["explain", "ramp-max-rise", "--lang", "en"] + fixture)
        #expect(bare.stdout == table.stdout)
        let indicator = try CLIRunner.run(["explain", "CARD:ramps", "--lang", "en"] + fixture)
        #expect(indicator.status == 0)
        #expect(indicator.stdout.contains("  points: 40, scoring: share\n  includes T-1:3.4.*  (3 clauses)\n    T-1:3.4.2  Ramp width\n"))
    }

    @Test func unknownPartKindsSuggest() throws {
        let run = try CLIRunner.run(["explain", "hall.rampe"] + fixture)
        #expect(run.status == 64)
        #expect(run.stderr.contains("(did you mean 'hall.ramp'?)"))
    }

    /// A finding that rests on an unverified threshold says so, in text (zh and en) and in JSON.
    @Test(arguments: ["en", "zh"])
    func unverifiedThresholdsAreMarked(lang: String) throws {
        let run = try CLIRunner.run(["evaluate", "unverified/hall.yaml", "--no-builtin", "--catalog", "catalog/hall-vocabulary.yaml", "--catalog", "unverified", "--lang", lang])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try CLIRunner.expected("evaluate-unverified.\(lang).txt")))
        let mark = lang == "zh" ? "[阈值未核实]" : "[threshold unverified]"
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("U-1:1#width") && $0.hasSuffix(mark) })
        #expect(!lines.contains { $0.contains("U-1:2#slope") && $0.contains(mark) })
    }

    @Test func unverifiedThresholdsInJSON() throws {
        let run = try CLIRunner.run(["evaluate", "unverified/hall.yaml", "--no-builtin", "--catalog", "catalog/hall-vocabulary.yaml", "--catalog", "unverified", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require((object["subjects"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        #expect(findings.first { $0["rule"] as? String == "U-1:1#width" }?["confidence"] as? String == "unverified")
        #expect(findings.first { $0["rule"] as? String == "U-1:2#slope" }?["confidence"] as? String == "primary")
    }

    /// The shipped scorecard's indicators are explained by their real ids.
    @Test func shippedIndicator() throws {
        let run = try CLIRunner.run(["explain", "QY2022-hall:2.1.1-lift", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("includes GB50763-2012:3.7.*"))
    }
}
