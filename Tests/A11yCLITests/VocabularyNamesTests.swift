import Foundation
import Testing

/// The reports a person reads (text, Markdown, HTML) name part kinds, facts and attributes by the
/// vocabulary's zh/en names, not by their snake_case ids; the machine formats keep the ids.
@Suite("Reports use the vocabulary's names")
struct VocabularyNamesTests {
    static let root = ReportGoldenTests.root

    /// `name = value` pairs whose name is a snake_case id (`low_section_height = 900 mm`), on the lines
    /// that show observed values.
    static func idsShownAsNames(_ text: String) -> [String] {
        var found: [String] = []
        for line in text.split(separator: "\n") where line.contains("实测") || line.lowercased().contains("observed") {
            for piece in line.split(whereSeparator: { "，,；;：:>".contains($0) }) where piece.contains(" = ") {
                let before = piece.components(separatedBy: " = ")[0]
                let name = before.split(separator: " ").last.map(String.init) ?? ""
                if name.contains("_"), name.allSatisfy({ $0.isLowercase || $0 == "_" || $0 == "." }) { found.append(name) }
            }
        }
        return found
    }

    @Test(arguments: ["zh", "en"])
    func textMarkdownAndHTMLNameWhatTheyShow(lang: String) throws {
        let zh = lang == "zh"
        for format in ["text", "markdown", "html"] {
            let run = try CLIRunner.run(["evaluate", "Examples/halls/qingcheng.yaml", "--format", format, "--lang", lang], in: Self.root)
            #expect(run.status == 0, "\(run.stderr)")
            let ids = Self.idsShownAsNames(run.stdout)
            #expect(ids.isEmpty, "\(format) \(lang) shows ids as names: \(ids)")
            // Part instances by the part kind's name, observed values by the attributes' names, yes/no in words.
            #expect(run.stdout.contains(zh ? "轮椅坡道 west-annex" : "Wheelchair ramp west-annex"), "\(format) \(lang)")
            #expect(run.stdout.contains(zh ? "无障碍电梯 = 是，候梯厅深度 = 1.60 m" : "Accessible lift = yes, Lift lobby depth = 1.60 m"), "\(format) \(lang)")
            #expect(run.stdout.contains(zh ? "纵向坡度 = 1:10" : "Running slope = 1:10"), "\(format) \(lang)")
            #expect(!run.stdout.contains(" ramp west-annex") || !zh, "\(format) \(lang)")
            #expect(!run.stdout.contains("elevator lift-annex"), "\(format) \(lang)")
        }
    }

    @Test func machineFormatsKeepTheIds() throws {
        let run = try CLIRunner.run(["evaluate", "Examples/halls/qingcheng.yaml", "--format", "json"], in: Self.root)
        #expect(run.stdout.contains(#""slope":"1:10""#) || run.stdout.contains(#""slope": "1:10""#))
        #expect(run.stdout.contains(#""part":"ramp""#) || run.stdout.contains(#""part": "ramp""#))
    }

    @Test func theCheckFindsIds() {
        #expect(Self.idsShownAsNames("实测：low_section_height = 900 mm，坡度 = 1:10") == ["low_section_height"])
        #expect(Self.idsShownAsNames("observed: Running slope = 1:10, Rise = 0.70 m").isEmpty)
    }
}
