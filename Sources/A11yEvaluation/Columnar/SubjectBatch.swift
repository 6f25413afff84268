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
    /// Only the rules that run as column loops (threshold and boolean rules).
    case columnarOnly
    /// Only the rules that need the interpreter (aggregates, tables, comparisons between attributes…).
    case interpreterOnly
}

/// One chunk of a batch: slot rows (for the interpreter) and column stores (for the loops).
struct PreparedChunk: Sendable {
    let rows: [SubjectRows]
    /// Per kind: the column store over every instance of every subject of the chunk.
    let stores: [ColumnStore]
    /// Per kind: rows standing for a subject that did not survey the kind.
    let notSurveyed: [[Int]]
    /// Per kind: the subject index of each row.
    let kindSubjects: [[Int32]]
    let facts: ColumnStore
    let subjectIndexes: [Int32]

    init(_ subjects: ArraySlice<Subject>, firstSubject: Int, layout: SlotLayout) {
        rows = subjects.map { SubjectRows($0, layout: layout) }
        var stores: [ColumnStore] = []
        var notSurveyed: [[Int]] = []
        var kindSubjects: [[Int32]] = []
        for kind in 0..<layout.kindCount {
            var all: [[Datum]?] = []
            var owners: [Int32] = []
            var missing: [Int] = []
            for (s, subject) in rows.enumerated() {
                if let instances = subject.parts[kind] {
                    all += instances.map { Optional($0) }
                    owners += [Int32](repeating: Int32(firstSubject + s), count: instances.count)
                } else {
                    missing.append(all.count)
                    all.append(nil)
                    owners.append(Int32(firstSubject + s))
                }
            }
            let attributes = layout.vocabulary.parts[kind].attributes
            stores.append(ColumnStore(rows: all, slots: attributes.count, enumValues: attributes.map(\.type.enumValues)))
            notSurveyed.append(missing)
            kindSubjects.append(owners)
        }
        self.stores = stores
        self.notSurveyed = notSurveyed
        self.kindSubjects = kindSubjects
        facts = ColumnStore(rows: rows.map { Optional($0.facts) }, slots: layout.vocabulary.facts.count,
                            enumValues: layout.vocabulary.facts.map(\.type.enumValues))
        subjectIndexes = (0..<rows.count).map { Int32(firstSubject + $0) }
    }
}
