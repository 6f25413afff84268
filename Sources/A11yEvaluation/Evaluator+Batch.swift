import A11yModel
import A11yCatalog

extension Evaluator {
    /// Evaluates many subjects on all cores, on the columnar engine: subjects of one kind are laid out
    /// in columns chunk by chunk, every rule's outcomes are computed over the chunk (as loops over columns;
    /// text and date comparisons on the interpreter). Counts, clause verdicts and scores are then computed
    /// from the outcome bytes (per-rule tallies over each subject's rows, answers, waivers, evidence and
    /// links applied on top), and a finding is built only when it is listed or one of those touches it
    /// (with every finding listed, all of them are built, and scored from the same tallies). Results keep
    /// the order of `subjects` and are identical to ``evaluate(_:scorecards:)`` subject by subject
    /// (outcomes, verdicts and scores; with a selection, ``A11yModel/SubjectResult/findings`` holds the
    /// listed findings and ``A11yModel/SubjectResult/totals`` every count).
    ///
    /// - Parameters:
    ///   - subjects: Subjects decoded against this catalog, of any kinds.
    ///   - scorecards: Ids of the scorecards to score; nil scores every scorecard for each subject's kind.
    ///   - listing: Which findings to keep in the results.
    /// - Complexity: O(rules × instances); memory is the chunks' columns and the results.
    public func evaluate(_ subjects: [Subject], scorecards: [String]? = nil, listing: FindingSelection = .all) -> [SubjectResult] {
        var byKind: [String: [Int]] = [:]
        for (index, subject) in subjects.enumerated() { byKind[subject.kind, default: []].append(index) }
        var results = [SubjectResult?](repeating: nil, count: subjects.count)
        for (kind, indexes) in byKind {
            guard let program = programs[kind], let columnar = columnar[kind] else {
                for index in indexes {
                    var result = evaluate(subjects[index], scorecards: scorecards)
                    if !listing.isAll { select(listing, in: &result) }
                    results[index] = result
                }
                continue
            }
            // Several chunks per core, so that a slow chunk (many instances) does not hold a core alone.
            let chunkCount = max(1, min(indexes.count, ColumnarEvaluator.activeProcessorCount * 4))
            let size = (indexes.count + chunkCount - 1) / chunkCount
            let starts = Array(stride(from: 0, to: indexes.count, by: size))
            let request = ResultRequest(evaluator: self, program: program, plan: plans.plan(for: kind, program: program),
                                        scorecards: scorecards, listing: listing)
            let chunks = ParallelMap.map(starts, minimumCount: 2) { start in
                let members = indexes[start..<min(indexes.count, start + size)].map { subjects[$0] }
                let chunk = PreparedChunk(members[...], firstSubject: 0, layout: program.layout)
                let table = columnar.outcomes(of: chunk)
                let rows = RowStarts(chunk)
                var scratch = ResultScratch(plan: request.plan)
                return members.indices.map { s in
                    result(of: members[s], at: s, request: request, rows: chunk.rows[s], table: table, starts: rows, scratch: &scratch)
                }
            }
            for (start, chunk) in zip(starts, chunks) {
                for (offset, result) in chunk.enumerated() { results[indexes[start + offset]] = result }
            }
        }
        return results.map { $0! }
    }
}

/// Which findings get their details: all of them, or those the selection lists.
struct Detail {
    let listing: FindingSelection
    /// Whether every finding is listed (no per-finding test).
    let everything: Bool
    /// Whether listing depends on a finding's standard.
    var needsStandard: Bool { listing.standards != nil }

    init(listing: FindingSelection) {
        self.listing = listing
        everything = listing.isAll
    }
}

/// Where each subject's rows start in a chunk's outcome runs, per row group (part kinds, then one row
/// per subject for subject rules).
struct RowStarts {
    /// Per part kind: the first row of each subject, then the end.
    private let starts: [[Int]]

    init(_ chunk: PreparedChunk) {
        starts = chunk.kindStarts
    }

    /// The first row of subject `s` in `group` (nil: subject rules).
    func start(of s: Int, group: Int?) -> Int { group.map { starts[$0][s] } ?? s }

    /// How many rows subject `s` has in `group`.
    func count(of s: Int, group: Int?) -> Int { group.map { starts[$0][s + 1] - starts[$0][s] } ?? 1 }
}
