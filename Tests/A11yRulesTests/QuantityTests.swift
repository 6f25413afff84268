import Testing
import A11yModel

@Suite("Quantities and units")
struct QuantityTests {
    @Test(arguments: [
        ("1.20 m", 1.2, Dimension.length),
        ("850 mm", 0.85, .length),
        ("850mm", 0.85, .length),
        ("120 cm", 1.2, .length),
        ("4 m2", 4, .area),
        ("4 ㎡", 4, .area),
        ("30 min", 1800, .duration),
        ("18 pt", 18, .fontSize),
        ("18 dp", 18, .fontSize),
        ("25 N", 25, .force),
        ("1:12", 1.0 / 12, .dimensionless),
        ("4.5:1", 4.5, .dimensionless),
        ("8.33%", 0.0833, .dimensionless),
    ])
    func parsesAndConvertsToBaseUnits(text: String, value: Double, dimension: Dimension) throws {
        let quantity = try QuantityLiteral.parse(text).get()
        #expect(abs(quantity.value - value) < 1e-12)
        #expect(quantity.dimension == dimension)
    }

    @Test func uncertaintyInBothNotations() throws {
        let a = try QuantityLiteral.parse("1.19 m ± 0.02 m").get()
        #expect(abs(a.accuracy - 0.02) < 1e-12)
        let b = try QuantityLiteral.parse("1190 mm +/- 20").get()
        #expect(abs(b.accuracy - 0.02) < 1e-12)
        #expect(a.description == "1.19 m ± 0.02 m")
    }

    @Test func unknownUnitSuggestsTheClosest() {
        guard case .failure(let failure) = QuantityLiteral.parse("850 mn") else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.message == "unknown unit 'mn'")
        #expect(failure.suggestion == "mm" || failure.suggestion == "m")
    }

    @Test func typedParsingNamesWhatWasExpected() {
        guard case .failure(let f) = Value.parse("850", as: .quantity(.length)) else {
            Issue.record("a bare number is not a length")
            return
        }
        #expect(f.message == "expected a length with a unit (m, cm, mm, km), found '850' with no unit")
        guard case .failure(let g) = Value.parse("1.2 m", as: .ratio) else {
            Issue.record("a length is not a ratio")
            return
        }
        #expect(g.message == "expected a ratio like 1:12, 4.5:1 or 8.33%, found a length '1.2 m'")
        guard case .failure(let h) = Value.parse("both_sides", as: .enumeration(["none", "one-side", "both-sides"])) else {
            Issue.record("not an enum value")
            return
        }
        #expect(h.suggestion == "both-sides")
    }

    @Test func formattingKeepsTheWrittenNotation() throws {
        #expect(try QuantityLiteral.parse("1:12").get().description == "1:12")
        #expect(try QuantityLiteral.parse("850 mm").get().description == "850 mm")
        #expect(try QuantityLiteral.parse("8.33%").get().description == "8.33%")
        #expect(Quantity(0.6, Unit.named("m")!.dimension, notation: .unit(Unit.named("m")!)).description == "0.6 m")
    }

    @Test func tableInterpolatesLinearlyAndRefusesOutsideItsRows() {
        let location = SourceLocation(file: "t", line: 1, column: 1)
        let m = Unit.named("m")!
        let table = Table(
            name: "t", input: .ratio, output: .quantity(.length), interpolation: .linear,
            rows: [(.ratio(1, 20), Quantity(1.2, m)), (.ratio(1, 12), Quantity(0.75, m)), (.ratio(1, 10), Quantity(0.6, m))],
            location: location)
        #expect(abs(table.lookup(1.0 / 12)! - 0.75) < 1e-12)
        // Halfway between 1:12 and 1:10 by slope value.
        let mid = (1.0 / 12 + 1.0 / 10) / 2
        #expect(abs(table.lookup(mid)! - 0.675) < 1e-9)
        #expect(table.lookup(1.0 / 25) == nil)
        #expect(table.lookup(1.0 / 8) == nil)
    }

    @Test func daysCompareAndValidate() {
        #expect(Day("2022-09-30")! < Day("2022-10-01")!)
        #expect(Day("2022-02-30") == nil)
        #expect(Day("2024-02-29") != nil)
        #expect(Day("22-9-30") == nil)
    }
}

@Suite("Quantity literals read from bytes")
struct QuantityBytesTests {
    /// `parse` reads common literals from bytes; the result must be `parseExact`'s, value, unit and notation.
    @Test func theByteReaderGivesTheScalarReadersResult() {
        let units = ["", " m", "m", " mm", "mm  ", " cm", "%", " %", " kg", " lx", " s", " dB", " °", " px", " pt", " ms", " zz", " m m"]
        let numbers = ["0", "1", "-1", "+2", "1e308", "1.20", ".5", "5.", "1e3", "1E-2", "2e", "2e+", "-0", "007", "1.2.3", "", " ", "  3", "1e400", "abc", "9007199254740993"]
        var compared = 0
        for number in numbers {
            for unit in units {
                let text = number + unit
                let exact = QuantityLiteral.parseExact(text)
                let parsed = QuantityLiteral.parse(text)
                switch (exact, parsed) {
                case (.success(let a), .success(let b)):
                    #expect(a == b && a.notation == b.notation, "\(text)")
                    compared += 1
                case (.failure(let a), .failure(let b)):
                    #expect(a == b, "\(text)")
                default:
                    Issue.record("'\(text)': \(exact) vs \(parsed)")
                }
            }
        }
        #expect(compared > 100)
    }
}
