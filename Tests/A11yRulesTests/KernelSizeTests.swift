import Testing
@testable import A11yEvaluation

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
}
