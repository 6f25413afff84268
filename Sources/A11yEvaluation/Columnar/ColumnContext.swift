import A11yModel

/// What the kernels of one rule read while they run over one chunk: the rows in scope (instances of a
/// part kind, or the subjects), the chunk's other columns (for facts and aggregates), and the tables.
struct ColumnContext {
    let chunk: PreparedChunk
    /// The part kind whose instances are the rows; nil: the rows are the chunk's subjects.
    let kind: Int?
    let tables: [TableKernel]
    /// Raised when a kernel computes a value the columns cannot tell from "unknown" (a NaN from known
    /// operands, possible only at the ends of the double range); the rule is then interpreted instead.
    let fallback: FallbackFlag

    /// The column store of the rows in scope.
    var store: ColumnStore { kind.map { chunk.stores[$0] } ?? chunk.facts }

    /// How many rows are in scope.
    var count: Int { kind.map { chunk.stores[$0].count } ?? chunk.rows.count }

    /// The context of an aggregate's filter and body: the instances of `kind`.
    func inside(_ kind: Int) -> ColumnContext {
        ColumnContext(chunk: chunk, kind: kind, tables: tables, fallback: fallback)
    }

    /// A column by reference; a fact read by instance rows is spread from its subjects' values.
    func column(_ ref: ColumnRef) -> Column {
        switch ref {
        case .scope(let slot):
            // Read through the chunk's arrays: copying the whole store would retain all of its columns.
            guard let kind else { return Column(chunk.facts, slot: slot) }
            return Column(values: chunk.stores[kind].values[slot], accuracies: chunk.stores[kind].accuracies[slot],
                          uncertain: chunk.stores[kind].uncertain[slot])
        case .fact(let slot):
            guard kind != nil else { return Column(chunk.facts, slot: slot) }
            return Column(values: spread(chunk.facts.values[slot]), accuracies: chunk.facts.accuracies[slot].map(spread))
        }
    }

    /// One value per subject of the chunk, spread over the rows in scope (each row takes its subject's).
    func spread<T>(_ perSubject: [T]) -> [T] {
        guard let kind else { return perSubject }
        return chunk.kindOwners[kind].map { perSubject[Int($0)] }
    }
}

/// A flag the kernels of one chunk raise (one task owns it).
final class FallbackFlag: @unchecked Sendable {
    var raised = false
}

extension Column {
    /// A column from its three parts, as a store holds them.
    init(values: [Double], accuracies: [Double]?, uncertain: UncertainRows) {
        self.values = values
        self.accuracies = accuracies
        self.uncertain = uncertain
    }
}
