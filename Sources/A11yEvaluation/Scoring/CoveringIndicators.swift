import A11yModel

/// Which of a scorecard's indicators cover a finding (``Scorer/covered(by:in:)``), worked out once per
/// clause and rule: a finding is covered by its clause and rule ids alone, and a rule has one finding per
/// instance, so testing each finding against every indicator's patterns repeats the same string matches.
///
/// A reporter keeps one per scorecard for all the subjects it writes (`SubjectResult.fixPlan(for:sharing:)`);
/// it is not shared across threads.
package final class CoveringIndicators {
    /// The id of the scorecard it was made for.
    package let scorecard: String
    private let predicates: [(Finding) -> Bool]
    private var known: [Key: [Int]] = [:]

    package init(_ scorecard: Scorecard) {
        self.scorecard = scorecard.id
        predicates = scorecard.indicators.map { Scorer.covered(by: $0, in: scorecard) }
    }

    /// The indexes, in the scorecard's order, of the indicators that cover `finding`.
    func indexes(of finding: Finding) -> [Int] {
        let key = Key(clause: finding.clause, rule: finding.rule)
        if let indexes = known[key] { return indexes }
        let indexes = predicates.indices.filter { predicates[$0](finding) }
        known[key] = indexes
        return indexes
    }

    private struct Key: Hashable {
        let clause: String
        let rule: String?
    }
}
