import Testing
@testable import A11yEvaluation
import CColumnKernels

/// A program keeps one kernel entry per rule, so the entry's inline size is paid by every rule of a
/// catalog (100,000 rules: 100,000 entries). The largest shapes (a count with its filter's leaf kernel)
/// are boxed so that the entry stays the size of a leaf kernel.
@Suite("Kernel entries stay small")
struct KernelSizeTests {
    @Test func anEntryIsNoLargerThanALeafKernel() {
        let entry = MemoryLayout<RuleKernel?>.size
        let leaf = MemoryLayout<LeafKernel>.size
        #expect(MemoryLayout<CountComparison>.size > leaf, "a count holds a leaf kernel of its own")
        #expect(entry <= leaf + 8, "an entry is \(entry) bytes, a leaf kernel \(leaf)")
    }

    /// A leaf kernel is its C rule and its two columns packed in 32 bits each, not two optional enums.
    @Test func aLeafKernelIsItsCRuleAndEightBytes() {
        #expect(MemoryLayout<LeafKernel>.size <= MemoryLayout<a11y_leaf_rule>.size + 8)
        for column in [ColumnRef.scope(0), .fact(0), .scope(7), .fact(7), .scope(1 << 20), .fact(1 << 20)] {
            #expect(ColumnRef(packed: column.packed) == column)
            #expect(column.packed >= 0)
        }
    }
}
