import A11yRules

/// A result the rollup could not place: reported with the rollup, never dropped silently.
public struct RollupProblem: Sendable, Hashable, Comparable {
    /// What is wrong.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The subject is not one the programme expects.
        case notInProgramme = "not-in-programme"
        /// The result has no assessed date.
        case undated
        /// It was assessed after the last reporting date.
        case afterLastReport = "after-last-report"
        /// It has no result for the scorecard the programme judges it by.
        case missingScorecard = "missing-scorecard"
    }

    /// What is wrong.
    public var kind: Kind
    /// The subject's id.
    public var subject: String
    /// Its assessed date, if any.
    public var assessed: Day?
    /// Where the result came from.
    public var source: String

    /// Creates a problem.
    public init(kind: Kind, subject: String, assessed: Day?, source: String) {
        self.kind = kind
        self.subject = subject
        self.assessed = assessed
        self.source = source
    }

    public static func < (lhs: RollupProblem, rhs: RollupProblem) -> Bool {
        (lhs.source, lhs.subject, lhs.kind.rawValue, lhs.assessed?.ordinal ?? -1)
            < (rhs.source, rhs.subject, rhs.kind.rawValue, rhs.assessed?.ordinal ?? -1)
    }
}

/// One assessment of a subject placed at a reporting date.
public struct Assessment: Sendable, Hashable, Comparable {
    /// When it was assessed.
    public var assessed: Day
    /// Where the result came from.
    public var source: String

    /// Creates an assessment.
    public init(assessed: Day, source: String) {
        self.assessed = assessed
        self.source = source
    }

    public static func < (lhs: Assessment, rhs: Assessment) -> Bool {
        (lhs.assessed.ordinal, lhs.source) < (rhs.assessed.ordinal, rhs.source)
    }
}
