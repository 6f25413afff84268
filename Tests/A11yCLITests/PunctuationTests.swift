import Foundation
import Testing

/// No report a person reads puts two punctuation marks together: every shipped example, in every
/// human format (text with passed findings, Markdown, HTML, summary), in Chinese and English, is free
/// of doubled or clashing marks such as `。。`, `，。`, `。，`, `？；`, `。,`, `..` (outside ranges and
/// ellipses) and `：：` — which is what a catalog text ending in a full stop, followed by a template's
/// `，有效期至`, used to print.
@Suite("Reports have no doubled punctuation", .serialized)
struct PunctuationTests {
    static let root = ReportGoldenTests.root

    /// Chinese marks that end or divide a sentence.
    static let chinese: Set<Character> = ["。", "，", "、", "；", "：", "！", "？"]

    /// Each place in `text` where two marks meet, as the line around it.
    static func clashes(in text: String) -> [String] {
        var found: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let c = Array(line)
            func isWord(_ i: Int) -> Bool { i >= 0 && i < c.count && (c[i].isLetter || c[i].isNumber) }
            /// The index of the next character after `i` that is not a space.
            func next(_ i: Int) -> Int? {
                var j = i + 1
                while j < c.count, c[j] == " " { j += 1 }
                return j < c.count ? j : nil
            }
            /// Whether the `.` at `i` is part of an ellipsis or a range (`700 mm..850 mm`, `1..3`).
            func isDotRun(_ i: Int) -> Bool {
                (i > 0 && c[i - 1] == ".") || (i + 1 < c.count && c[i + 1] == ".")
            }
            var clash = false
            for i in c.indices {
                let here = c[i]
                if here == ".", i + 1 < c.count, c[i + 1] == ".", !(i > 0 && c[i - 1] == "."),
                   !(i + 2 < c.count && (c[i + 2] == "." || isWord(i + 2) || c[i + 2] == "(" || c[i + 2] == "-")) {
                    clash = true   // `..` that is neither an ellipsis nor a range
                }
                guard let j = next(i) else { continue }
                let there = c[j]
                if chinese.contains(here) {
                    if chinese.contains(there) || ",;!?".contains(there) { clash = true }
                    if there == ".", !isDotRun(j) { clash = true }
                } else if ",;!?".contains(here) {
                    if chinese.contains(there) || (",;".contains(there) && j == i + 1) { clash = true }
                } else if here == ".", !isDotRun(i), !isWord(i - 1) || !isWord(j) {
                    if chinese.contains(there) || (",;".contains(there) && j == i + 1) { clash = true }
                } else if here == "：" || here == ":", there == ":" || there == "：" {
                    clash = true
                }
            }
            if clash { found.append(String(line)) }
        }
        return found
    }

    /// The text a reader sees: HTML without its style sheet and tags (inline ones joined to their
    /// neighbours, block ones as line breaks) and with entities decoded; Markdown without its markup.
    static func readable(_ output: String, format: String) -> String {
        var text = output
        switch format {
        case "html":
            text = text.replacingOccurrences(of: "<style[^<]*</style>", with: "", options: .regularExpression)
            text = text.replacingOccurrences(of: "</?(code|span|strong|em|a|abbr)( [^>]*)?>", with: "", options: .regularExpression)
            text = text.replacingOccurrences(of: "<[^>]+>", with: "\n", options: .regularExpression)
            for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
                text = text.replacingOccurrences(of: entity, with: character)
            }
        case "markdown":
            text = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
            text = text.replacingOccurrences(of: "\\", with: "")
        default:
            break
        }
        return text
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var inputs: [String]
        var format: String
        var lang: String
        var testDescription: String { "\(inputs.joined(separator: " ")) --format \(format) --lang \(lang)" }
    }

    /// The halls and online services in the formats that list findings (text with passed findings too);
    /// the programme's 103 subjects in the one-line summary (their findings repeat the halls' texts).
    static let cases: [Case] = ["zh", "en"].flatMap { lang in
        ["text", "markdown", "html"].map { Case(inputs: ["Examples/halls", "Examples/online"], format: $0, lang: lang) }
            + [Case(inputs: ["Examples/halls", "Examples/online", "Examples/programme"], format: "summary", lang: lang)]
    }

    @Test(arguments: cases)
    func shippedExamplesHaveNoDoubledPunctuation(_ c: Case) throws {
        let verbose = c.format == "text" ? ["--verbose"] : []
        let run = try CLIRunner.run(["evaluate"] + c.inputs + ["--format", c.format, "--lang", c.lang] + verbose, in: Self.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.count > 1000)
        let clashes = Self.clashes(in: Self.readable(run.stdout, format: c.format))
        #expect(clashes.isEmpty, "doubled or clashing punctuation in \(clashes.count) lines, e.g.:\n\(clashes.prefix(5).joined(separator: "\n"))")
    }

    /// The check finds what it is for, and leaves ranges, ellipses, ratios and decimals alone.
    @Test func theCheckFindsClashesAndNothingElse() {
        for bad in ["列入改造计划。，有效期至 2023-12-31", "设施？；要求", "不通过。。", "计划。, until", "done.，", "fixed.. next",
                    "a；。b", "标题：：", "x,, y", "1.2 m..", "说明：。"] {
            #expect(Self.clashes(in: bad).count == 1, "not found in \(bad)")
        }
        for good in ["low_section_height in 700 mm..850 mm", "x in 1..3", "等待……", "wait...", "slope <= 1:12", "4.5:1，不足",
                     "1.60 m，已保证", "（强制性条文）：", "v1.2, next", "done. Next", "a, b; c.", "计划。有效期至"] {
            #expect(Self.clashes(in: good).isEmpty, "wrongly found in \(good)")
        }
        #expect(Self.readable("<p>计划。</p><p>，</p><dd><code>a</code>。</dd>", format: "html") == "\n计划。\n\n，\n\na。\n")
    }
}
