import A11yRules

/// Where a division stands on an indicator or a plan item at a reporting date (the status rule is
/// ``StatusRule``; DocC: "Rolling up a programme").
public enum ProgressStatus: String, Sendable, Hashable, CaseIterable {
    /// Every applicable check passed (or is waived) for every subject the division must cover.
    case done
    /// Some checks passed, others failed or lack data, or a subject has not reported.
    case inProgress = "in-progress"
    /// No check passed yet.
    case notStarted = "not-started"
    /// Nothing in it applies to the division's subjects (合理缺项).
    case inapplicable
    /// No subject that should cover it reported for this date.
    case missing

    /// The order of progress, for regressions: not started < in progress < done; nil when not comparable.
    public var rank: Int? {
        switch self {
        case .notStarted: return 0
        case .inProgress: return 1
        case .done: return 2
        case .inapplicable, .missing: return nil
        }
    }

    /// The status's name in reports.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.done, .zh): return "已完成"
        case (.inProgress, .zh): return "推进中"
        case (.notStarted, .zh): return "未启动"
        case (.inapplicable, .zh): return "不适用"
        case (.missing, .zh): return "未报送"
        case (.done, .en): return "done"
        case (.inProgress, .en): return "in progress"
        case (.notStarted, .en): return "not started"
        case (.inapplicable, .en): return "not applicable"
        case (.missing, .en): return "not reported"
        }
    }
}
