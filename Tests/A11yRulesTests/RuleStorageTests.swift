import Testing
import A11yModel

/// ``Rule`` keeps its `when`, its title and its library default in boxes of their own, present only when given: a
/// rule reads, compares and hashes as if every value were stored in it, whatever was set and unset.
@Suite("Rule values kept apart when given")
struct RuleStorageTests {
    static let place = A11yModel.SourceLocation(file: "catalog/standard.yaml", line: 12, column: 9)

    static func expression(_ text: String) -> RuleExpression {
        RuleExpression(source: text, expression: Expression(.attribute(text), type: .bool, range: 0..<text.unicodeScalars.count),
                       location: place)
    }

    static func rule(when: String? = nil) -> Rule {
        Rule(id: "r", fullID: "S:1#r", clauseID: "S:1", target: .part("ramp"), when: when.map(expression),
             check: expression("flag"), location: place)
    }

    @Test func whenIsReadAsItWasSetAndCleared() {
        var rule = Self.rule()
        #expect(rule.when == nil)
        rule.when = Self.expression("raised")
        #expect(rule.when == Self.expression("raised"))
        #expect(rule == Self.rule(when: "raised"))
        #expect(rule.hashValue == Self.rule(when: "raised").hashValue)
        #expect(rule != Self.rule(when: "lowered"))
        rule.when = nil
        #expect(rule.when == nil)
        #expect(rule == Self.rule())
        #expect(rule.hashValue == Self.rule().hashValue)
    }

    @Test func anEmptyLibraryDefaultIsNoDefault() {
        var rule = Self.rule()
        #expect(rule.libraryDefault.isEmpty && !rule.isLibraryDefault)
        rule.libraryDefault = LocalizedText(zh: "默认值", en: "a default")
        #expect(rule.isLibraryDefault)
        #expect(rule.libraryDefault == LocalizedText(zh: "默认值", en: "a default"))
        #expect(rule != Self.rule())
        rule.libraryDefault = LocalizedText()
        #expect(!rule.isLibraryDefault && rule.libraryDefault.isEmpty)
        #expect(rule == Self.rule())
        #expect(rule.hashValue == Self.rule().hashValue)
    }

    @Test func anEmptyTitleIsNoTitle() {
        var rule = Self.rule()
        #expect(rule.title.isEmpty)
        rule.title = LocalizedText(zh: "坡道坡度")
        #expect(rule.title == LocalizedText(zh: "坡道坡度"))
        #expect(rule != Self.rule())
        rule.title = LocalizedText()
        #expect(rule.title.isEmpty)
        #expect(rule == Self.rule())
        #expect(rule.hashValue == Self.rule().hashValue)
        let titled = Rule(id: "r", fullID: "S:1#r", clauseID: "S:1", target: .part("ramp"), check: Self.expression("flag"),
                          title: LocalizedText(en: "Ramp slope"), location: Self.place)
        #expect(titled.title == LocalizedText(en: "Ramp slope"))
    }

    @Test func aCopyChangesAloneAndSharedValuesStay() {
        let original = Self.rule(when: "raised")
        var copy = original
        copy.when = Self.expression("lowered")
        copy.libraryDefault = LocalizedText(en: "x")
        #expect(original.when == Self.expression("raised") && !original.isLibraryDefault)
        #expect(copy.when == Self.expression("lowered") && copy.isLibraryDefault)
    }
}
