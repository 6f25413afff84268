import Testing
@testable import A11yEvaluation
import A11yRules
import A11yBenchmarking

/// `reusing:` must really write over the previous table's storage, not copy it (a copy would cost
/// more than a fresh allocation).
@Suite("Outcome buffers are recycled in place")
struct OutcomeRecyclingTests {
    @Test func theSameStorageIsWrittenAgain() throws {
        let (evaluator, subjects) = ColumnarEquivalenceTests.workload(seed: 3, rules: 60, subjects: 8, missing: 0, uncertainty: 0)
        let batch = evaluator.prepare(subjects, kind: SyntheticWorkload.vocabularyID, chunks: 2)
        var table: OutcomeTable? = evaluator.outcomes(of: batch, parallel: true)
        let before = try #require(table).chunks.map { $0.codes.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } }
        table = evaluator.outcomes(of: batch, parallel: true, reusing: table.take())
        let after = try #require(table).chunks.map { $0.codes.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } }
        #expect(before == after)
    }
}
