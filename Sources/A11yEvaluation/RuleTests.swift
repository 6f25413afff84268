import A11yModel
import A11yCatalog

/// Runs every rule's `examples` (the rule tests): each example must give the outcome it is filed under,
/// and every rule must have at least one pass and one fail example.
public enum RuleTests {
    /// One example's result, or a rule that lacks examples.
    public struct Result: Sendable, Hashable {
        /// The full rule id.
        public var rule: String
        /// The outcome the example is filed under (nil for a "missing examples" result).
        public var expected: Outcome?
        /// The outcome the rule gave.
        public var actual: Outcome?
        /// Where the example (or the rule) is written.
        public var location: SourceLocation
        /// Why it failed, for a failure.
        public var detail: String?

        /// Whether the example gave its outcome.
        public var passed: Bool { detail == nil }
    }

    /// Runs the examples of every rule in `catalog`.
    ///
    /// - Parameters:
    ///   - catalog: The catalog.
    ///   - files: When given, only rules written in these files are tested.
    ///   - requireBoth: Whether a rule without a pass and a fail example is a failure.
    public static func run(_ catalog: Catalog, files: Set<String>? = nil, requireBoth: Bool = true) -> [Result] {
        var results: [Result] = []
        for standard in catalog.standards {
            guard let vocabularyID = standard.vocabulary, let vocabulary = catalog.vocabularies[vocabularyID] else { continue }
            for clause in standard.clauses {
                for rule in clause.rules where files?.contains(rule.location.file) ?? true {
                    results += run(rule, vocabulary: vocabulary, tables: standard.tables, requireBoth: requireBoth)
                }
            }
        }
        for scorecard in catalog.scorecards {
            guard let vocabulary = catalog.vocabularies[scorecard.subjectKind] else { continue }
            for indicator in scorecard.indicators {
                for rule in indicator.requirements + indicator.rules where files?.contains(rule.location.file) ?? true {
                    results += run(rule, vocabulary: vocabulary, tables: [], requireBoth: requireBoth)
                }
            }
        }
        return results
    }

    /// Runs one rule's examples.
    public static func run(_ rule: Rule, vocabulary: Vocabulary, tables: [Table], requireBoth: Bool = true) -> [Result] {
        var results: [Result] = []
        if requireBoth {
            for needed in [Outcome.passed, .failed] where !rule.examples.contains(where: { $0.expected == needed }) {
                results.append(Result(
                    rule: rule.fullID, expected: needed, actual: nil, location: rule.location,
                    detail: "rule has no \(needed == .passed ? "pass" : "fail") example"))
            }
        }
        for example in rule.examples {
            let findings = Evaluator.evaluate(rule, on: example.subject, vocabulary: vocabulary, tables: tables)
            let finding = findings.first { $0.instance == (example.instanceID ?? example.subject.id) } ?? findings.first
            let actual = finding?.outcome
            var detail: String?
            if actual != example.expected {
                var parts = ["expected \(example.expected.rawValue), got \(actual?.rawValue ?? "no finding")"]
                if let expected = finding?.expected { parts[0] += " (check: \(expected))" }
                if let missing = finding?.missing, !missing.isEmpty { parts.append("missing: \(missing.joined(separator: ", "))") }
                if let reason = finding?.reason?.en ?? finding?.reason?.zh { parts.append(reason) }
                detail = parts.joined(separator: "; ")
            }
            results.append(Result(rule: rule.fullID, expected: example.expected, actual: actual, location: example.location, detail: detail))
        }
        return results
    }
}
