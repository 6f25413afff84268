import Testing
import A11yRules

/// Issue 9, defects 4, 7 and 11: values that overflow, negative amounts where the type forbids
/// them, signed years, unbounded points, division by zero.
@Suite("Values stay finite and sound")
struct ValueSoundnessTests {
    static func subject(_ ramp: String, facts: String = "parking_spaces: 10") -> String {
        "subject:\n  id: s\n  kind: hall\n  facts: {\(facts)}\n  parts:\n    ramp:\n      - {id: r1, \(ramp)}\n"
    }

    static func firstError(_ subject: String) -> Diagnostic? {
        Fixture.load([("subject.yaml", subject)]).diagnostics.first { $0.severity == .error }
    }

    @Test(arguments: [
        ("clear_width: 1e308 km", "'1e308 km' is too large to compute with"),
        ("slope: 1:1e-320", "expected a ratio like 1:12, 4.5:1 or 8.33%, found '1:1e-320'"),
        ("clear_width: -1 m", "a length cannot be negative, found '-1 m'"),
        ("slope: -1:12", "a ratio cannot be negative, found '-1:12'"),
        ("clear_width: 1 m ± 1e308 km", "'1e308 km' is too large to compute with"),
    ])
    func valuesThatCannotBeMeasuredAreErrors(ramp: String, message: String) throws {
        let error = try #require(Self.firstError(Self.subject(ramp)))
        #expect(error.id == "subject.bad-value")
        #expect(error.message.contains(message), "\(error.message)")
        #expect(error.location.line == 7)
    }

    @Test func aNegativeCountIsAnError() throws {
        let error = try #require(Self.firstError(Self.subject("slope: 1:12", facts: "parking_spaces: -3")))
        #expect(error.message.contains("expected a count (a whole number ≥ 0), found '-3'"))
    }

    @Test(arguments: ["+023-01-01", "-023-01-01", "2023-+1-01", "2023-01-+1"])
    func signedDatesAreErrors(date: String) throws {
        let error = try #require(Self.firstError(Self.subject("slope: 1:12", facts: "opened: \(date)")))
        #expect(error.message.contains("expected a date written YYYY-MM-DD"), "\(error.message)")
        #expect(Day(date) == nil)
    }

    @Test func extremeFiniteTableRowsInterpolateSoundly() {
        let location = SourceLocation(file: "t.yaml", line: 1, column: 1)
        let table = Table(
            name: "wide", input: .number, output: .number, interpolation: .linear,
            rows: [(.number(-1.7e308), .number(-1.7e308)), (.number(1.7e308), .number(1.7e308))], location: location)
        // The differences between the rows overflow; the lookup must not.
        #expect(table.lookup(0) == 0)
        #expect(table.lookup(1e308).map { abs($0 - 1e308) < 1e300 } == true)
        #expect(table.lookup(1.7e308) == 1.7e308)
    }

    @Test func numbersNeverFormatAsInfinity() {
        #expect(QuantityFormat.number(1e303) == "1e+303")
        #expect(QuantityFormat.number(-1.7e308) == "-1.7e+308")
        #expect(QuantityFormat.number(2.5) == "2.5")
    }

    @Test(arguments: [
        ("points: 1e303", "points must be at most 1000000, found 1e303"),
        ("points: -1", "points must be at least 0, found -1"),
    ])
    func pointsAreBounded(points: String, message: String) throws {
        let card = """
        scorecard:
          id: CARD
          subject: hall
          indicators:
            - id: ramps
              \(points)
              scoring: share
              includes: ["T-1:3.4.*"]
        """
        let error = try #require(Fixture.load([("card.yaml", card)]).diagnostics.first { $0.id == "catalog.out-of-range" })
        #expect(error.message == message)
        #expect(error.location.line == 6)
    }

    @Test func gradeMinimumsAreBounded() throws {
        let card = """
        scorecard:
          id: CARD
          subject: hall
          grades: [{min: 1e300, en: excellent}]
          indicators:
            - {id: ramps, points: 10, scoring: share, includes: ["T-1:3.4.*"]}
        """
        let error = try #require(Fixture.load([("card.yaml", card)]).diagnostics.first { $0.id == "scorecard.unreachable-grade" })
        #expect(error.message == "no score can reach this grade: scores are out of 100, and its min is 1e+300")
    }

    static func standard(check: String) -> String {
        """
        standard:
          id: T-2
          title: {en: Arithmetic}
          type: national-recommended
          vocabulary: hall
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - id: r
                  for: ramp
                  check: \(check)
        """
    }

    @Test func aLiteralDivisionByZeroIsRejectedAtLoad() throws {
        let load = Fixture.load([("t2.yaml", Self.standard(check: "rise / 0 <= 1 m"))])
        let error = try #require(load.diagnostics.first)
        #expect(error.id == "expression.division-by-zero")
        #expect(error.message == "in 'check': division by zero: the divisor '0' is 0")
        #expect(error.location.line == 12)
        #expect(error.location.column == 25)
    }

    @Test func aZeroDivisorAtRunTimeGivesAReason() throws {
        let (result, diagnostics) = Fixture.evaluate(
            Self.subject("rise: 0.2 m, clear_width: 0 m"), extra: [("t2.yaml", Self.standard(check: "rise / clear_width <= 1:2"))])
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let finding = try #require(result?.finding("T-2:1#r"))
        #expect(finding.outcome == .cantTell)
        #expect(finding.missing.isEmpty)
        #expect(finding.reason == LocalizedText(zh: "除以零：除数为 0", en: "division by zero: the divisor is 0"))
    }

    @Test func anOverflowAtRunTimeIsUndecidedWithAReason() throws {
        let (result, diagnostics) = Fixture.evaluate(
            Self.subject("rise: 1e300 m, clear_width: 1e300 m"), extra: [("t2.yaml", Self.standard(check: "rise * clear_width <= 1 m2"))])
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let finding = try #require(result?.finding("T-2:1#r"))
        #expect(finding.outcome == .cantTell)
        #expect(finding.reason?.en == "the arithmetic overflows: the result is too large to represent")
    }
}
