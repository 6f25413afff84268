/// How strongly a clause binds, after the Chinese drafting convention (本规范用词说明).
public enum Obligation: String, Sendable, Hashable, CaseIterable {
    /// 必须: strictest.
    case must
    /// 应 / 不应.
    case shall
    /// 宜 / 不宜.
    case should
    /// 可.
    case may

    /// The severity of a finding under this obligation (DSL §5): must and shall give errors,
    /// should a warning, may a note.
    public var severity: Severity {
        switch self {
        case .must, .shall: return .error
        case .should: return .warning
        case .may: return .note
        }
    }
}
