import A11yModel

/// The reasons the evaluator gives for an outcome, in Chinese and English (``Finding/reason``).
enum FindingReason {
    static let applicabilityUnknown = LocalizedText(zh: "无法判定本规则是否适用", en: "cannot tell whether the rule applies")
    static let unanswered = LocalizedText(zh: "人工核查项，尚未作答", en: "a manual item with no answer")
    static let answered = LocalizedText(zh: "由人工作答", en: "answered by a person")

    /// A note written by a person (an answer's note) is shown as written, whatever the report's language.
    static func note(_ text: String) -> LocalizedText { LocalizedText(zh: text, en: text) }

    static func partsNotListed(_ kind: String, title: LocalizedText?) -> LocalizedText {
        LocalizedText(
            zh: "被评对象未列出\(title?.zh.map { "「\($0)」" } ?? "")部件 \(kind)（若没有，请写 '\(kind): []'）",
            en: "the subject does not list its \(kind) parts (give '\(kind): []' if there are none)")
    }

    static func conditionFalseWhateverParts(_ kind: String, title: LocalizedText?) -> LocalizedText {
        LocalizedText(
            zh: "无论\(title?.zh.map { "「\($0)」" } ?? "")部件 \(kind) 情况如何，本规则的适用条件对该对象均不成立",
            en: "the rule's condition is false for this subject whatever its \(kind) parts hold")
    }

    /// A finding imported from a tool: what the outcome means, which tool and rules, then the tool's own (English) note.
    static func imported(_ entry: Answer) -> LocalizedText {
        let tool = [entry.source?.tool, entry.source?.version].compactMap { $0 }.joined(separator: " ")
        let rules = entry.source?.rules.joined(separator: ", ") ?? ""
        let zh: String
        switch entry.outcome {
        case .failed: zh = "自动检测（\(tool)，规则 \(rules)）发现不符合"
        case .cantTell: zh = "自动检测（\(tool)，规则 \(rules)）无法判定，需人工复核"
        case .untested: zh = "自动检测（\(tool)，规则 \(rules)）未发现问题，但只覆盖本条的一部分，仍需人工核查"
        case .passed: zh = "自动检测（\(tool)，规则 \(rules)）通过，且覆盖本条全部要求"
        case .inapplicable: zh = "自动检测（\(tool)，规则 \(rules)）未发现适用对象"
        }
        let note = entry.note ?? ""
        return LocalizedText(zh: note.isEmpty ? zh : "\(zh)：\(note)", en: note.isEmpty ? "imported from \(tool)" : "\(tool): \(note)")
    }

    /// Several reasons as one text, or nil for none.
    static func joined(_ reasons: [LocalizedText]) -> LocalizedText? {
        guard !reasons.isEmpty else { return nil }
        return LocalizedText(zh: reasons.compactMap(\.zh).joined(separator: "；"), en: reasons.compactMap(\.en).joined(separator: "; "))
    }
}
