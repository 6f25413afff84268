import Testing
import A11yRules

/// Issue 9, defects 2 and 10: long flat chains used to overflow the stack (a left-deep tree that
/// every stage walked by recursion) and took quadratic time to type-check.
@Suite("Long expressions")
struct LongExpressionTests {
    /// A catalog with one subject rule whose check is `check`, and a subject with `facts`.
    static func load(check: String, facts: String) -> CatalogLoader.Result {
        let vocabulary = """
        vocabulary:
          id: chain
          facts:
            a: {type: bool}
            b: {type: bool}
            x: {type: length}
        """
        let standard = """
        standard:
          id: CHAIN
          title: {en: Chain}
          type: national-recommended
          vocabulary: chain
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - id: r
                  for: subject
                  check: \(check)
        """
        let subject = "subject:\n  id: s\n  kind: chain\n  facts: {\(facts)}\n"
        return CatalogLoader.load([
            SourceFile(path: "vocabulary.yaml", text: vocabulary), SourceFile(path: "standard.yaml", text: standard),
            SourceFile(path: "subject.yaml", text: subject),
        ])
    }

    static func outcome(check: String, facts: String) -> (Outcome?, Finding?, [Diagnostic]) {
        let load = load(check: check, facts: facts)
        guard let subject = load.subjects.first, !load.hasErrors else { return (nil, nil, load.diagnostics) }
        let evaluator = Evaluator(catalog: load.catalog)
        let finding = evaluator.evaluate(subject).finding("CHAIN:1#r")
        // The columnar path and the interpreter must agree on the same tree.
        let reference = evaluator.referenceOutcomes(of: load.subjects, kind: "chain")
        let columnar = evaluator.outcomes(of: load.subjects, kind: "chain", parallel: false)
        #expect(reference.outcomes(ofRule: 0) == columnar.outcomes(ofRule: 0))
        return (finding?.outcome, finding, load.diagnostics)
    }

    @Test(arguments: ["and", "or"])
    func tenThousandTermLogicalChainsEvaluate(op: String) {
        let terms = 10_000
        // All but one term are `subject.a`; the odd one out decides the result.
        var operands = Array(repeating: "subject.a", count: terms)
        operands[terms / 2] = "subject.b"
        let check = operands.joined(separator: " \(op) ")
        let (outcome, _, diagnostics) = Self.outcome(check: check, facts: op == "and" ? "a: true, b: false" : "a: false, b: true")
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(2))")
        #expect(outcome == (op == "and" ? .failed : .passed))
        // Three-valued logic survives the regrouping: an unknown term leaves the chain undecided and is named.
        let (unknown, finding, _) = Self.outcome(check: check, facts: op == "and" ? "a: true" : "a: false")
        #expect(unknown == .cantTell)
        #expect(finding?.missing == ["subject.b"])
    }

    @Test func tenThousandTermSumKeepsEverySign() {
        // 1 mm - 2 mm + 3 mm - 4 mm … over 10,000 terms is -5,000 mm: every '-' must stay a minus
        // when the chain is split in halves.
        let terms = (1...10_000).map { "\($0) mm" }
        var check = terms[0]
        for (index, term) in terms.enumerated().dropFirst() { check += (index.isMultiple(of: 2) ? " + " : " - ") + term }
        let (outcome, _, diagnostics) = Self.outcome(check: "\(check) == -5000 mm", facts: "x: 1 m")
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(2))")
        #expect(outcome == .passed)
        let (wrong, _, _) = Self.outcome(check: "\(check) == -4998 mm", facts: "x: 1 m")
        #expect(wrong == .failed)
    }

    @Test func shortSumsStayLeftToRight() {
        // Chains up to Chain.run terms are not regrouped: 0.1 + 0.2 - 0.3 as written.
        let (outcome, _, _) = Self.outcome(check: "subject.x - 0.1 m - 0.2 m - 0.3 m - 0.4 m == 0 m", facts: "x: 1 m")
        #expect(outcome == .passed)
    }

    @Test func aTypeErrorDeepInALongChainIsPositioned() {
        let operands = Array(repeating: "subject.a", count: 5_000) + ["subject.x"] + Array(repeating: "subject.a", count: 10)
        let text = operands.joined(separator: " and ")
        let load = Self.load(check: text, facts: "a: true")
        let error = load.diagnostics.first { $0.id == "expression.type" }
        #expect(error != nil, "\(load.diagnostics.prefix(2))")
        // 'check: ' puts the expression at column 18 of line 12; the bad operand is 5,000 terms in.
        #expect(error?.location.line == 12)
        #expect(error?.location.column == 18 + 5_000 * "subject.a and ".count)
        #expect(error?.message.contains("'subject.x' is a length") == true, "\(error?.message ?? "")")
    }

    @Test func aLongProductIsRejectedWithAPositionedError() {
        // `*` keeps its order (units change term by term), so a product is bounded by the tree depth.
        let text = Array(repeating: "2", count: 1_000).joined(separator: " * ") + " > 1"
        let load = Self.load(check: text, facts: "a: true")
        let error = load.diagnostics.first
        #expect(error?.id == "expression.too-deep")
        #expect(error?.message == "in 'check': the expression nests more than 256 levels deep; split it into simpler rules")
        #expect(error?.location.line == 12)
    }

    @Test func typeCheckingIsLinear() {
        // Not timed: counts the work. Quoting a node used to copy the whole source, per comparison.
        let text = (0..<20_000).map { "subject.x >= \($0) mm" }.joined(separator: " and ")
        let load = Self.load(check: text, facts: "x: 30 m")
        #expect(load.diagnostics.isEmpty, "\(load.diagnostics.prefix(2))")
    }
}
