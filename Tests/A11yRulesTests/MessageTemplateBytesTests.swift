@testable import A11yEvaluation
import A11yModel
import Testing

/// Placeholders filled on bytes (``MessageTemplate``) give what filling them on `String`s gives: the
/// reference below is the filling as it was written before, Substring by Substring, with one fix.
@Suite("Message placeholders on bytes")
struct MessageTemplateBytesTests {
    /// The reference: placeholder names compared as strings (Unicode equivalence), the result appended piece by piece.
    static func reference(_ text: String, observed: [(name: String, value: String)], unobserved: [String],
                          expected: String, instance: String, notGiven: String) -> String {
        func matches(_ given: String, _ name: Substring) -> Bool {
            if given == name { return true }
            if given.hasPrefix("subject.") { return given.dropFirst(8) == name }
            return name.hasPrefix("subject.") && name.dropFirst(8) == given
        }
        func value(_ name: Substring) -> String? {
            if unobserved.contains(where: { matches($0, name) }) { return notGiven }
            if let last = observed.last(where: { matches($0.name, name) }) { return last.value }
            if name == "observed" { return observed.map { "\($0.name) = \($0.value)" }.joined(separator: ", ") }
            if name == "expected" { return expected }
            if name == "instance" { return instance }
            return nil
        }
        let utf8 = text.utf8
        guard var open = utf8.firstIndex(of: UInt8(ascii: "{")) else { return text }
        var result = ""
        var cursor = utf8.startIndex
        while true {
            guard let close = utf8[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
            result += text[cursor..<open]
            let name = text[utf8.index(after: open)..<close]
            // (The code before wrote `text[open...close]`: the Character at `close`, so a combining mark after
            // the brace came twice, once here and once with the next piece. Fixed here and in the bytes.)
            if let value = value(name) { result += value } else { result += text[open..<utf8.index(after: close)] }
            cursor = utf8.index(after: close)
            guard let next = utf8[cursor...].firstIndex(of: UInt8(ascii: "{")) else { break }
            open = next
        }
        result += text[cursor...]
        return result
    }

    static let templates = [
        "", "no placeholder", "{clear_width}", "宽度 {clear_width} 不足 {expected}（{instance}）", "{observed}", "{unclosed",
        "}{clear_width}{", "{{clear_width}}", "{}", "{ clear_width }", "{subject.floors} / {floors}", "{subject.subject.floors}",
        "{slope}{slope}{slope}", "e\u{301}{clear_width}\u{301}", "{\u{212A}elvin} {K}", "{K}", "{é} {e\u{301}}", "{名称}",
        "a\r\n{instance}\r\nb", "{expected", "{expected}}", "{observed} and {notes}", "{clear_width}{unobserved_one}",
    ]

    static let observedSets: [[(name: String, value: String)]] = [
        [],
        [("clear_width", "0.9 m"), ("slope", "1:10")],
        [("clear_width", "0.9 m"), ("clear_width", "0.8 m"), ("subject.floors", "3")],
        [("floors", "2"), ("subject.floors", "3")],
        [("K", "kelvin"), ("\u{212A}", "sign"), ("é", "precomposed"), ("名称", "名")],
        [("subject.subject.floors", "x"), ("expected", "shadowed"), ("observed", "shadowed too")],
    ]

    static let unobservedSets: [[String]] = [[], ["unobserved_one"], ["clear_width"], ["subject.floors", "e\u{301}"], ["\u{212A}elvin"]]

    /// An unknown placeholder is left as written, byte for byte, even with a combining mark after its brace
    /// (the `String` filling wrote that mark twice).
    @Test func unknownPlaceholderIsLeftAsWritten() {
        for text in ["e\u{301}{clear_width}\u{301}", "{x}\u{301}\u{301}y", "{x}\u{20DD}"] {
            let filled = MessageTemplate.fill(LocalizedText(zh: text, en: text), observed: [], unobserved: [], expected: "", instance: "")
            #expect(filled.zh.map { Array($0.utf8) } == Array(text.utf8))
            #expect(filled.en.map { Array($0.utf8) } == Array(text.utf8))
        }
    }

    @Test func bytesFillAsTheStringsDid() {
        for template in Self.templates {
            for observed in Self.observedSets {
                for unobserved in Self.unobservedSets {
                    let message = LocalizedText(zh: template, en: template)
                    let filled = MessageTemplate.fill(message, observed: observed, unobserved: unobserved, expected: "≥ 1.20 m", instance: "east")
                    let zh = Self.reference(template, observed: observed, unobserved: unobserved, expected: "≥ 1.20 m", instance: "east", notGiven: "未提供")
                    let en = Self.reference(template, observed: observed, unobserved: unobserved, expected: "≥ 1.20 m", instance: "east", notGiven: "not given")
                    #expect(filled.zh == zh, "\(template) \(observed) \(unobserved)")
                    #expect(filled.en == en, "\(template) \(observed) \(unobserved)")
                    // Byte for byte, not only equal as strings.
                    #expect(filled.zh.map { Array($0.utf8) } == Array(zh.utf8), "\(template)")
                }
            }
        }
    }
}
