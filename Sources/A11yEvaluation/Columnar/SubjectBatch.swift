import A11yModel

/// Subjects of one kind laid out for the columnar evaluator, in chunks that can be evaluated in
/// parallel. Make one with ``Evaluator/prepare(_:kind:chunks:)`` and evaluate it as often as needed.
public struct SubjectBatch: Sendable {
    let chunks: [PreparedChunk]
    /// How many subjects it holds.
    public let subjectCount: Int
}

/// Which rules to evaluate over a batch.
public enum RuleSelection: Sendable {
    /// Every rule.
    case all
    /// Only the rules that run as column loops (every rule the columnar translation accepts).
    case columnarOnly
    /// Only the rules that need the interpreter (the shapes the columnar translation does not accept).
    case interpreterOnly
}

/// One chunk of a batch: slot rows (for the interpreter) and column stores (for the loops).
struct PreparedChunk: Sendable {
    let rows: [SubjectRows]
    /// Per kind: the column store over every instance of every subject of the chunk.
    let stores: [ColumnStore]
    /// Per kind: rows standing for a subject that did not survey the kind.
    let notSurveyed: [[Int]]
    /// Per kind: the subject index (in the whole batch) of each row.
    let kindSubjects: [[Int32]]
    /// Per kind: the subject index within this chunk of each row (for facts and aggregates read by rows).
    let kindOwners: [[Int32]]
    /// Per kind: the first row of each subject of the chunk, then the end (segments for aggregates).
    let kindStarts: [[Int]]
    /// Per kind: whether each subject of the chunk surveyed the kind.
    let kindSurveyed: [[Bool]]
    let facts: ColumnStore
    let subjectIndexes: [Int32]

    init(_ subjects: ArraySlice<Subject>, firstSubject: Int, layout: SlotLayout) {
        rows = subjects.map { SubjectRows($0, layout: layout) }
        var stores: [ColumnStore] = []
        var notSurveyed: [[Int]] = []
        var kindSubjects: [[Int32]] = []
        var kindOwners: [[Int32]] = []
        var kindStarts: [[Int]] = []
        var kindSurveyed: [[Bool]] = []
        for kind in 0..<layout.kindCount {
            var all: [[Datum]?] = []
            var owners: [Int32] = []
            var missing: [Int] = []
            var starts = [0]
            var surveyed: [Bool] = []
            starts.reserveCapacity(rows.count + 1)
            surveyed.reserveCapacity(rows.count)
            for (s, subject) in rows.enumerated() {
                if let instances = subject.parts[kind] {
                    all += instances.map { Optional($0) }
                    owners += [Int32](repeating: Int32(s), count: instances.count)
                    surveyed.append(true)
                } else {
                    missing.append(all.count)
                    all.append(nil)
                    owners.append(Int32(s))
                    surveyed.append(false)
                }
                starts.append(all.count)
            }
            let attributes = layout.vocabulary.parts[kind].attributes
            stores.append(ColumnStore(rows: all, slots: attributes.count, enumValues: attributes.map(\.type.enumValues)))
            notSurveyed.append(missing)
            kindSubjects.append(owners.map { $0 + Int32(firstSubject) })
            kindOwners.append(owners)
            kindStarts.append(starts)
            kindSurveyed.append(surveyed)
        }
        self.stores = stores
        self.notSurveyed = notSurveyed
        self.kindSubjects = kindSubjects
        self.kindOwners = kindOwners
        self.kindStarts = kindStarts
        self.kindSurveyed = kindSurveyed
        facts = ColumnStore(rows: rows.map { Optional($0.facts) }, slots: layout.vocabulary.facts.count,
                            enumValues: layout.vocabulary.facts.map(\.type.enumValues))
        subjectIndexes = (0..<rows.count).map { Int32(firstSubject + $0) }
    }
}
