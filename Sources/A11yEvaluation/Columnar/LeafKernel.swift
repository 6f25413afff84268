internal import CColumnKernels

/// A condition, or a rule's `when` and check together, made of at most two ``FusedLeaf`` tests joined
/// by Kleene `and`/`or`/`not`, compiled once per program: one loop (``run(_:into:)``, in C: AVX-512 or
/// AVX2 when the CPU has them) reads the leaves' columns and writes each row's byte (a truth code, or
/// the rule's outcome code) from a 16-entry table indexed by the two leaf indexes. The rows where a
/// comparison's column has an uncertainty are redone afterwards from the column's sparse list
/// (``UncertainRows``), with the interpreter's interval test, through a second table indexed by the two
/// leaves' truth codes: with AVX2, the interval test and the exact test run as vectors over those rows'
/// packed values, and only the rows where they differ are rewritten.
///
/// A kernel keeps only what the loops read, the leaves' columns and the C rule: there is one per rule of a
/// program, and with the Swift leaves and truth table kept beside them the kernels of 100,000 rules took
/// 32 MB (massif, 321 bytes a rule).
struct LeafKernel: Sendable {
    /// The leaves' columns, packed in 32 bits each (``ColumnRef/packed``; −1: no second leaf): two
    /// optional enums of an `Int` would take 32 bytes of every rule's kernel entry.
    private let columns: (first: Int32, second: Int32)
    /// The first leaf's column.
    var firstColumn: ColumnRef { ColumnRef(packed: columns.first) }
    /// The second leaf's column, if there is a second leaf.
    var secondColumn: ColumnRef? { columns.second < 0 ? nil : ColumnRef(packed: columns.second) }
    /// The leaves, the byte for each packed pair of leaf indexes (the first in bits 0–1, the second in
    /// bits 2–3) and for each pair of leaf truth codes (at `3 × first + second`), as the C loop takes them,
    /// made once.
    let compiled: a11y_leaf_rule

    /// How the leaves combine, as truth codes (false 0, unknown 1, true 2).
    private indirect enum Combination {
        case leaf(Int)
        case constant(UInt8)
        case not(Combination)
        case and(Combination, Combination)
        case or(Combination, Combination)

        func truth(_ a: UInt8, _ b: UInt8) -> UInt8 {
            switch self {
            case .leaf(let index): return index == 0 ? a : b
            case .constant(let code): return code
            case .not(let inner): return 2 &- inner.truth(a, b)
            case .and(let l, let r): return Swift.min(l.truth(a, b), r.truth(a, b))
            case .or(let l, let r): return Swift.max(l.truth(a, b), r.truth(a, b))
            }
        }
    }

    /// A condition's truth codes, if `predicate` is at most two leaves.
    init?(condition predicate: Predicate) {
        var leaves: [FusedLeaf] = []
        guard let combination = Self.translate(predicate, &leaves), !leaves.isEmpty else { return nil }
        self.init(leaves) { a, b in combination.truth(a, b) }
    }

    /// A rule's outcome codes, if its `when` and check together are at most two leaves.
    init?(when: Predicate?, check: Predicate) {
        var leaves: [FusedLeaf] = []
        var condition: Combination?
        if let when {
            guard let translated = Self.translate(when, &leaves) else { return nil }
            condition = translated
        }
        guard let test = Self.translate(check, &leaves), !leaves.isEmpty else { return nil }
        self.init(leaves) { a, b in
            RuleKernel.outcome(when: condition?.truth(a, b) ?? Predicate.trueCode, check: test.truth(a, b))
        }
    }

    private init(_ leaves: [FusedLeaf], _ byte: (UInt8, UInt8) -> UInt8) {
        let (a, b) = (leaves[0], leaves.count > 1 ? leaves[1] : nil)
        columns = (a.ref.packed, b?.ref.packed ?? -1)
        var table = SIMD16<UInt8>(), byTruths = SIMD16<UInt8>()
        for index in 0..<16 {
            table[index] = byte(a.truth(index: index & 3), b?.truth(index: index >> 2) ?? 0)
        }
        for a in 0..<3 {
            for b in 0..<3 { byTruths[3 * a + b] = byte(UInt8(a), UInt8(b)) }
        }
        let redoSecond = b.map { $0.comparison != nil && ($0.ref != a.ref || a.comparison == nil) } ?? false
        compiled = a11y_leaf_rule(a: a.compiled, b: b?.compiled ?? FusedLeaf.unused, leaves: b == nil ? 1 : 2,
                                  redo_b: redoSecond ? 1 : 0, table: Self.tuple(table), by_truths: Self.tuple(byTruths))
    }

    private static func tuple(_ v: SIMD16<UInt8>) -> (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                                                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) {
        (v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15])
    }

    private static func translate(_ predicate: Predicate, _ leaves: inout [FusedLeaf]) -> Combination? {
        switch predicate {
        case .constant(let code):
            return .constant(code)
        case .not(let inner):
            return translate(inner, &leaves).map(Combination.not)
        case .and(let a, let b):
            guard let l = translate(a, &leaves), let r = translate(b, &leaves) else { return nil }
            return .and(l, r)
        case .or(let a, let b):
            guard let l = translate(a, &leaves), let r = translate(b, &leaves) else { return nil }
            return .or(l, r)
        default:
            guard leaves.count < 2, let leaf = FusedLeaf(predicate) else { return nil }
            leaves.append(leaf)
            return .leaf(leaves.count - 1)
        }
    }

    /// Writes every row's byte (`out.count` rows of `context`), then redoes the rows with an uncertainty:
    /// one C call (``a11y_leaf_rule_run``).
    func run(_ context: ColumnContext, into out: UnsafeMutableBufferPointer<UInt8>) {
        let a = context.column(firstColumn)
        let b = secondColumn.map { context.column($0) } ?? a
        Self.run(compiled, a.values, a.accuracies, a.uncertain, b.values, b.accuracies, b.uncertain, into: out)
    }

    /// The slots of the leaves' columns in the store of the rows themselves (`instanceRows`: a part
    /// kind's store; else the facts), or nil when a leaf reads a fact spread over instance rows.
    @inline(__always)
    func ownSlots(instanceRows: Bool) -> (a: Int, b: Int)? {
        @inline(__always) func slot(_ ref: ColumnRef) -> Int? {
            switch ref {
            case .scope(let slot): return slot
            case .fact(let slot): return instanceRows ? nil : slot
            }
        }
        guard let a = slot(firstColumn) else { return nil }
        guard let secondColumn else { return (a, a) }
        guard let b = slot(secondColumn) else { return nil }
        return (a, b)
    }

    /// Runs this kernel over the rows of `store` (its columns at `slots`, ``ownSlots(instanceRows:)``)
    /// without a ``ColumnContext``: the per-rule path of the evaluator.
    @inline(__always)
    func run(_ store: borrowing ColumnStore, slots: (a: Int, b: Int), into out: UnsafeMutableBufferPointer<UInt8>) {
        Self.run(compiled, store.values[slots.a], store.accuracies[slots.a], store.uncertain[slots.a],
                 store.values[slots.b], store.accuracies[slots.b], store.uncertain[slots.b], into: out)
    }

    /// Runs `rule` over columns given by their parts (`b` is `a` without a second leaf), with the loops of
    /// `level` (``LeafLoops/Variant``; at most the CPU's, which is the default).
    @inline(__always)
    static func run(_ rule: a11y_leaf_rule, _ a: [Double], _ aAccuracies: [Double]?, _ aRows: UncertainRows,
                    _ b: [Double], _ bAccuracies: [Double]?, _ bRows: UncertainRows, level: Int32 = 2,
                    into out: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = out.baseAddress else { return }
        let count = out.count
        withUnsafePointer(to: rule) { rule in
            a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in
                    aRows.withC { ar in
                        bRows.withC { br in
                            Column.withOptionalBuffer(aAccuracies) { ea in
                                Column.withOptionalBuffer(bAccuracies) { eb in
                                    a11y_leaf_rule_run_at(level, rule, x.baseAddress, ea, ar, y.baseAddress, eb, br, count, base)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
