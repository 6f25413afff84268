import Testing
@testable import A11yCatalog
import A11yModel

@Suite("Expression language")
struct ExpressionTests {
    static let load = Fixture.load()
    var vocabulary: Vocabulary { Self.load.catalog.vocabularies["hall"]! }
    var tables: [Table] { Self.load.catalog.standard("T-1")!.tables }

    func check(_ text: String, part: String? = "ramp") -> Result<Expression, ExpressionChecker.Failure> {
        ExpressionChecker.check(text, vocabulary: vocabulary, part: part.flatMap { vocabulary.part($0) }, tables: tables)
    }

    @Test func fixtureLoadsClean() {
        #expect(Self.load.diagnostics.isEmpty, "\(Self.load.diagnostics)")
    }

    @Test(arguments: [
        "clear_width >= 1.20 m",
        "clear_width >= 1200 mm and slope <= 1:12",
        "rise <= ramp-max-rise(slope)",
        "not at_accessible_entrance or clear_width >= 1.2 m",
        "clear_width in 1 m..2 m",
        "handrails == \"both-sides\"",
        "rise / clear_width <= 1:2",
        "subject.accessible_parking_spaces >= max(1, ceil(subject.parking_spaces * 1%))",
        "count(parts.door where clear_width < 800 mm) == 0",
        "all(parts.door, clear_width >= 800 mm)",
        "any(parts.door where kind == \"automatic\", clear_width >= 1 m)",
        "min(parts.door, clear_width) >= 800 mm",
        "present(rise) and present(subject.opened)",
        "-rise < 0 m",
        "(rise + 10 cm) * 2 <= 3 m",
    ])
    func validExpressionsCheck(text: String) {
        if case .failure(let failure) = check(text) {
            Issue.record("'\(text)' failed: \(failure.message) at \(failure.offset)")
        }
    }

    @Test(arguments: [
        ("clear_width >= 4.5:1", "expression.unit", 15, "cannot compare 'clear_width' (a length) with '4.5:1' (a number)"),
        ("clear_widht >= 1 m", "expression.unknown-name", 0, "unknown attribute 'clear_widht' of part 'ramp'"),
        ("handrails == \"both_sides\"", "expression.unknown-enum-value", 13, "\"both_sides\" is not a value of this enum (none, one-side, both-sides)"),
        ("rise <= ramp-max-rise(rise)", "expression.unit", 22, "table 'ramp-max-rise' takes a number, not a length 'rise'"),
        ("rise + slope > 1 m", "expression.unit", 7, "cannot add a length and a number ('rise' + 'slope')"),
        ("rise <= 1 m <= 2 m", "expression.syntax", 12, "comparisons do not chain; write 'a <= x and x <= b' or 'x in a..b'"),
        ("rise = 1 m", "expression.syntax", 5, "'=' is not an operator; compare with '=='"),
        ("count(parts.ramps) > 0", "expression.unknown-name", 6, "unknown part kind 'parts.ramps' in vocabulary 'hall'"),
        ("rise", "expression.type", 0, "expected a bool condition, but 'rise' is of type length"),
        ("rise <= 1 m and", "expression.syntax", 15, "expected a value, found the end of the expression"),
        ("frobnicate(rise)", "expression.unknown-function", 0, "unknown function or table 'frobnicate'; functions are count, all, any, min, max, ceil, floor, present; tables of this standard are ramp-max-rise"),
        ("slope in 1:20..1:12 and slope in 1:12..1:20", "expression.reversed-range", 33, "the range 1:12..1:20 is reversed: its first end is the larger, so no value is in it"),
        ("rise <= 60 dBA", "expression.unknown-unit", 11, "unknown unit 'dBA'; sound-level units are dB"),
        ("rise <= 60 furlongs", "expression.unknown-unit", 11, "unknown unit 'furlongs'; known units are length: m cm mm km; area: m2 ㎡ m² cm2 mm2; angle: deg °; duration: s ms min h d; font-size: px dp sp pt; sound-level: dB; illuminance: lx; force: N; mass: kg g; a ratio is written 1:12, a percentage 8%"),
        ("handrails == both-sides", "expression.unquoted-enum-value", 13, "'both-sides' is read as a name, not as a value of the enum (none, one-side, both-sides): quote it"),
        ("handrails != one_side", "expression.unquoted-enum-value", 13, "'one_side' is read as a name, not as a value of the enum (none, one-side, both-sides): quote it"),
        ("parking_spaces > 3", "expression.unknown-name", 0, "unknown attribute 'parking_spaces' of part 'ramp'; for the subject's fact write 'subject.parking_spaces'"),
    ])
    func errorsNameTheProblemAndItsColumn(text: String, id: String, offset: Int, message: String) {
        guard case .failure(let failure) = check(text) else {
            Issue.record("'\(text)' should fail")
            return
        }
        #expect(failure.id == id)
        #expect(failure.offset == offset)
        #expect(failure.message == message)
    }

    @Test func suggestionsForMisspelledNames() {
        guard case .failure(let failure) = check("clear_widht >= 1 m") else { return }
        #expect(failure.suggestion == "clear_width")
    }

    @Test func unknownUnitsSuggestTheClosest() {
        guard case .failure(let failure) = check("rise <= 60 MM") else { Issue.record("should fail"); return }
        #expect(failure.suggestion == "mm")
        #expect(failure.length == 2)
    }

    @Test func keywordsAfterNumbersAreNotUnits() {
        guard case .failure(let f) = check("rise <= 1 and slope <= 1:12") else { Issue.record("should fail"); return }
        // The failure is that a length is compared with a number, not an unknown unit 'and'.
        #expect(f.id == "expression.unit", "\(f.message)")
    }

    @Test func subjectRulesReadBareNamesAsFacts() {
        if case .failure(let f) = check("parking_spaces > 100", part: nil) {
            Issue.record("\(f.message)")
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "(", count: 500) + "rise > 1 m" + String(repeating: ")", count: 500)
        guard case .failure(let failure) = check(text) else {
            Issue.record("should fail")
            return
        }
        #expect(failure.message.contains("nests deeper"))
    }
}
