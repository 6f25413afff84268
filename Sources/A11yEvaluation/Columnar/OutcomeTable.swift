import A11yModel

/// The outcomes of many rules over many subjects, one byte per (rule, instance): what the columnar
/// evaluator produces. Details (observed values, messages) are left out; evaluate a single subject
/// with ``Evaluator/evaluate(_:scorecards:)`` for those.
///
/// Outcomes are kept as the chunks that computed them (one flat buffer each), so building the table
/// copies nothing.
public struct OutcomeTable: Sendable {
    /// One chunk's outcomes: for each selected rule, a run of bytes in ``codes``.
    struct Chunk: Sendable {
        /// Outcome codes (``Outcome`` case index): each rule's run, laid out as ``layout`` says.
        var codes: [UInt8]
        /// Each rule's group and rank, shared by every chunk of the table.
        let layout: RunLayout
        /// For each row group (part kinds, then subjects): where its rules' runs start in ``codes``,
        /// then the end.
        let groupStarts: [Int]
        /// For each row group: its rows in the chunk, each run's length.
        let groupRows: [Int]
        /// For each row group, the subject index of each row.
        var groupSubjects: [[Int32]]

        /// Lays out a chunk whose row groups have `groupSubjects` rows (`codes` is filled afterwards).
        init(codes: [UInt8], layout: RunLayout, groupSubjects: [[Int32]]) {
            self.codes = codes
            self.layout = layout
            self.groupSubjects = groupSubjects
            groupRows = groupSubjects.map(\.count)
            groupStarts = layout.groupStarts(rows: groupRows)
        }

        /// The run of the rule at `position` in the table's rules.
        @inline(__always)
        func run(_ position: Int) -> Range<Int> {
            let first = start(position)
            return first..<(first + groupRows[Int(layout.groups[position])])
        }

        /// Where the run of the rule at `position` starts.
        @inline(__always)
        func start(_ position: Int) -> Int {
            let group = Int(layout.groups[position])
            return groupStarts[group] + Int(layout.ranks[position]) * groupRows[group]
        }
    }

    /// Full rule ids, in the order of ``outcomes(ofRule:)``.
    public let rules: [String]
    /// For each rule, its row group (a part kind index, or the kind count for subject rules) and its
    /// place among its group's runs in each chunk.
    let layout: RunLayout
    let chunks: [Chunk]
    /// How many of ``rules`` ran on the columnar fast path (the rest on the interpreter).
    public let fastRules: Int

    static let empty = OutcomeTable(rules: [], layout: .empty, chunks: [], fastRules: 0)

    /// The outcomes of rule `index`, row by row (subject by subject, instance by instance; a part kind
    /// a subject did not survey gives one `cantTell` row).
    public func outcomes(ofRule index: Int) -> [Outcome] {
        chunks.flatMap { chunk in chunk.codes[chunk.run(index)].map { Outcome.allCases[Int($0)] } }
    }

    /// The subject index of each row of rule `index`.
    public func subjectIndexes(ofRule index: Int) -> [Int] {
        chunks.flatMap { $0.groupSubjects[Int(layout.groups[index])].map(Int.init) }
    }

    /// How many (rule, instance) checks ran.
    public var checks: Int { chunks.reduce(0) { $0 + $1.codes.count } }

    /// How many checks ended with each outcome.
    public var counts: [Outcome: Int] {
        var tally = [Int](repeating: 0, count: Outcome.allCases.count)
        for chunk in chunks {
            for code in chunk.codes { tally[Int(code)] += 1 }
        }
        var result: [Outcome: Int] = [:]
        for (index, outcome) in Outcome.allCases.enumerated() where tally[index] > 0 { result[outcome] = tally[index] }
        return result
    }
}
