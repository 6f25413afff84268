/// Text in Chinese and/or English. Either may be missing; a plain string in a file fills both.
public struct LocalizedText: Sendable, Hashable {
    /// The Chinese text.
    public var zh: String?
    /// The English text.
    public var en: String?

    /// Creates a text.
    public init(zh: String? = nil, en: String? = nil) {
        self.zh = zh
        self.en = en
    }

    /// The text in `language`, falling back to the other one, or nil if both are missing.
    public func text(in language: Language) -> String? {
        switch language {
        case .zh: return zh ?? en
        case .en: return en ?? zh
        }
    }

    /// Whether neither language is given.
    public var isEmpty: Bool { zh == nil && en == nil }
}

/// The languages of reports.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case zh, en
}
