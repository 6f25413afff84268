import A11yModel

/// The outcomes of many rules over many subjects, one byte per (rule, instance): what the columnar
/// evaluator produces. Details (observed values, messages) are left out; evaluate a single subject
/// with ``Evaluator/evaluate(_:scorecards:)`` for those.
public struct OutcomeTable: Sendable {
    /// Full rule ids, in the order of ``outcomes(ofRule:)``.
    public let rules: [String]
    /// Per rule, one outcome code per row (``Outcome`` case index).
    let codes: [[UInt8]]
    /// Per rule, the subject index of each row.
    let subjects: [[Int32]]
    /// How many rules ran on the columnar fast path (the rest on the interpreter).
    public let fastRules: Int

    /// The outcomes of rule `index`, row by row (subject by subject, instance by instance; a part kind
    /// a subject did not survey gives one `cantTell` row).
    public func outcomes(ofRule index: Int) -> [Outcome] {
        codes[index].map { Outcome.allCases[Int($0)] }
    }

    /// The subject index of each row of rule `index`.
    public func subjectIndexes(ofRule index: Int) -> [Int] {
        subjects[index].map(Int.init)
    }

    /// How many (rule, instance) checks ran.
    public var checks: Int { codes.reduce(0) { $0 + $1.count } }

    /// How many checks ended with each outcome.
    public var counts: [Outcome: Int] {
        var tally = [Int](repeating: 0, count: Outcome.allCases.count)
        for column in codes {
            for code in column { tally[Int(code)] += 1 }
        }
        var result: [Outcome: Int] = [:]
        for (index, outcome) in Outcome.allCases.enumerated() where tally[index] > 0 { result[outcome] = tally[index] }
        return result
    }
}
