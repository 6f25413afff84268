import A11yModel

/// How many subjects to evaluate together when their findings are listed, so that what is held before
/// it is written stays bounded.
///
/// Listed findings are held in the results (and, by a writer, as their encoded lines) until a part is
/// written. A fixed part of 64 subjects held 1.5–1.9 GB when each subject listed about 15,000 failed
/// findings (10,000 rules). Parts now start at one subject per core and are sized after each part from
/// the findings its subjects listed, aiming at ``findingsPerPart``: many findings per subject make small
/// parts, few make parts of up to ``largest`` subjects.
///
/// ```swift
/// var parts = BatchParts(largest: 64)
/// var start = 0
/// while start < subjects.count {
///     let part = Array(subjects[start..<min(subjects.count, start + parts.size)])
///     let results = evaluator.evaluate(part, listing: .failed)
///     parts.record(results)
///     write(results)
///     start += part.count
/// }
/// ```
public struct BatchParts: Sendable, Hashable {
    /// The findings a part aims to list, over all its subjects.
    public static let findingsPerPart = 131_072

    /// The most subjects in a part.
    public let largest: Int
    /// The fewest subjects in a part: one per core (so that every core has a subject), or ``largest`` if smaller.
    public let smallest: Int
    /// The subjects of the next part.
    public private(set) var size: Int

    /// Parts of at most `largest` subjects (at least 1), the first of ``smallest``; `cores` nil means this
    /// machine's.
    public init(largest: Int, cores: Int? = nil) {
        self.largest = max(1, largest)
        smallest = min(self.largest, max(1, cores ?? ColumnarEvaluator.activeProcessorCount))
        size = smallest
    }

    /// Sizes the next part from the findings a part's results listed.
    public mutating func record(_ results: [SubjectResult]) {
        record(subjects: results.count, listedFindings: results.reduce(0) { $0 + $1.findings.count })
    }

    /// Sizes the next part from `listedFindings` findings over `subjects` subjects.
    public mutating func record(subjects: Int, listedFindings: Int) {
        guard subjects > 0 else { return }
        let perSubject = max(1, (listedFindings + subjects - 1) / subjects)
        size = min(largest, max(smallest, Self.findingsPerPart / perSubject))
    }
}
