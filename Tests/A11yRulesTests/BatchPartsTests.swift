import A11yRules
import Testing

/// The part sizes `evaluate` uses when findings are listed (``BatchParts``).
@Suite("Batch parts")
struct BatchPartsTests {
    @Test func firstPartHasOneSubjectPerCore() {
        #expect(BatchParts(largest: 64, cores: 2).size == 2)
        #expect(BatchParts(largest: 64, cores: 8).size == 8)
        // Never more than the largest, never fewer than one.
        #expect(BatchParts(largest: 3, cores: 8).size == 3)
        #expect(BatchParts(largest: 0, cores: 0).size == 1)
    }

    @Test func partsFollowTheFindingsListed() {
        var parts = BatchParts(largest: 64, cores: 2)
        // Few findings a subject: the largest part.
        parts.record(subjects: 2, listedFindings: 200)
        #expect(parts.size == 64)
        // 27,000 a subject (10,000 rules, most failing): four subjects make 108,000 findings, five would pass the aim.
        parts.record(subjects: 64, listedFindings: 64 * 27_000)
        #expect(parts.size == BatchParts.findingsPerPart / 27_000)
        #expect(parts.size == 4)
        // More than the aim in one subject: one subject per core still.
        parts.record(subjects: 4, listedFindings: 4 * 500_000)
        #expect(parts.size == 2)
        // None listed: the largest part; an empty part changes nothing.
        parts.record(subjects: 2, listedFindings: 0)
        #expect(parts.size == 64)
        parts.record(subjects: 0, listedFindings: 10_000_000)
        #expect(parts.size == 64)
    }
}
