internal import CColumnKernels

/// A condition, or a rule's `when` and check together, made of at most two ``FusedLeaf`` tests joined
/// by Kleene `and`/`or`/`not`, compiled once per program: one loop (``run(_:into:)``, in C: AVX-512 or
/// AVX2 when the CPU has them) reads the leaves' columns and writes each row's byte (a truth code, or
/// the rule's outcome code) from a 16-entry table indexed by the two leaf indexes. The rows where a
/// comparison's column has an uncertainty are redone afterwards from the column's sparse list, with the
/// interpreter's interval test, through a second table indexed by the two leaves' truth codes.
struct LeafKernel: Sendable {
    let first: FusedLeaf
    let second: FusedLeaf?
    /// The byte for each packed pair of leaf indexes (the first in bits 0–1, the second in bits 2–3).
    let table: SIMD16<UInt8>
    /// The byte for each pair of leaf truth codes, at `3 × first + second`.
    let byTruths: SIMD16<UInt8>

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
        first = leaves[0]
        second = leaves.count > 1 ? leaves[1] : nil
        var table = SIMD16<UInt8>(), byTruths = SIMD16<UInt8>()
        for index in 0..<16 {
            table[index] = byte(first.truth(index: index & 3), second?.truth(index: index >> 2) ?? 0)
        }
        for a in 0..<3 {
            for b in 0..<3 { byTruths[3 * a + b] = byte(UInt8(a), UInt8(b)) }
        }
        self.table = table
        self.byTruths = byTruths
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

    /// Writes every row's byte (`out.count` rows of `context`), then redoes the rows with an uncertainty.
    func run(_ context: ColumnContext, into out: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = out.baseAddress else { return }
        let count = out.count
        let a = context.column(first.ref)
        let b = second.map { context.column($0.ref) }
        withUnsafeBytes(of: table) { bytes in
            let lookup = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self)
            a.values.withUnsafeBufferPointer { x in
                if let second, let b {
                    b.values.withUnsafeBufferPointer { y in
                        a11y_leaf2(x.baseAddress, first.low, first.high, y.baseAddress, second.low, second.high, lookup, count, base)
                    }
                } else {
                    a11y_leaf1(x.baseAddress, first.low, first.high, lookup, count, base)
                }
            }
        }
        if first.comparison != nil, a.accuracies != nil { redo(a.uncertainRows, a, b ?? a, out) }
        // Both leaves on one column (a range) share its uncertain rows: redo them once.
        if let second, second.comparison != nil, second.ref != first.ref || first.comparison == nil, let b, b.accuracies != nil {
            redo(b.uncertainRows, a, b, out)
        }
    }

    /// Rewrites `rows` from both leaves' truth codes, uncertainty included (`b` is `a` without a second leaf).
    private func redo(_ rows: [Int32], _ a: Column, _ b: Column, _ out: UnsafeMutableBufferPointer<UInt8>) {
        let byTruths = self.byTruths
        for row in rows {
            let i = Int(row)
            let ta = first.truth(row: i, of: a)
            let tb = second?.truth(row: i, of: b) ?? 0
            out[i] = byTruths[3 &* Int(ta) &+ Int(tb)]
        }
    }
}
