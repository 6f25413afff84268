import A11yRules

/// The layout of a survey sheet, shared by ``SurveyTemplate`` (which writes it) and ``SurveyReader``
/// (which reads it back).
///
/// One CSV file, one row per value, in nine columns (headed in Chinese or English; either is read):
///
/// | 部分 section | 实例 instance | 属性 attribute | 名称 label | 类型 type | 单位 unit | 可选值 allowed | 值 value | 备注 note |
///
/// `section` is `subject` (the subject's id, kind, name, region, assessed date), `facts`, a part kind
/// (`ramp`, one block of rows per instance, the instance id in `instance`), `answers` (a clause or
/// rule id in `instance`; `outcome`, `note`, `by`, `date`) or `waivers` (`reason`, `until`, `by`,
/// `instance`). A part kind's `count` row says how many instances there are (0: none). Only
/// `section`, `instance`, `attribute` and `value` are read; the other columns help the person filling
/// it in. Ids or Chinese or English labels are accepted for sections and attributes.
public enum SurveyLayout {
    /// The columns, in order.
    public enum Column: String, CaseIterable, Sendable {
        case section, instance, attribute, label, type, unit, allowed, value, note

        /// The Chinese heading.
        public var zh: String {
            switch self {
            case .section: return "部分"
            case .instance: return "实例"
            case .attribute: return "属性"
            case .label: return "名称"
            case .type: return "类型"
            case .unit: return "单位"
            case .allowed: return "可选值"
            case .value: return "值"
            case .note: return "备注"
            }
        }

        /// The heading in `language`.
        public func heading(_ language: Language) -> String { language == .zh ? zh : rawValue }
    }

    /// The sections that are not part kinds, with their Chinese names.
    static let sections: [(id: String, zh: [String])] = [
        ("subject", ["被测对象", "对象"]), ("facts", ["事实", "整体情况"]), ("answers", ["人工结论", "结论"]), ("waivers", ["豁免"]),
    ]

    /// The rows of the `subject` section: id, Chinese and English label, type.
    static let subjectFields: [(id: String, zh: String, en: String, type: String)] = [
        ("id", "被测对象编号（不含空格）", "Subject id (no spaces)", "text"),
        ("kind", "词表（被测对象类型）", "Vocabulary (subject kind)", "text"),
        ("name", "名称（中文）", "Name (Chinese)", "text"),
        ("name_en", "名称（英文）", "Name (English)", "text"),
        ("region", "行政区划（用 / 分隔，由大到小）", "Region, widest first (separated by /)", "text"),
        ("assessed", "测评日期", "Date assessed", "date"),
        ("note", "说明（中文）", "Remarks (Chinese)", "text"),
        ("note_en", "说明（英文）", "Remarks (English)", "text"),
    ]

    static let answerFields: [(id: String, zh: String, en: String, type: String)] = [
        ("outcome", "结论", "Outcome", "enum"), ("note", "说明", "Remark", "text"), ("by", "作答人", "Answered by", "text"),
        ("date", "作答日期", "Date", "date"), ("instance", "针对的实例（规则结论时）", "Instance (for a rule's answer)", "text"),
    ]

    static let waiverFields: [(id: String, zh: String, en: String, type: String)] = [
        ("reason", "豁免理由", "Reason", "text"), ("until", "有效期至", "Until", "date"), ("by", "批准单位", "Granted by", "text"),
        ("instance", "针对的实例", "Instance", "text"),
    ]

    /// Chinese words accepted for outcomes.
    static let outcomeWords: [String: Outcome] = [
        "通过": .passed, "合格": .passed, "不通过": .failed, "不合格": .failed, "不适用": .inapplicable, "无法判断": .cantTell, "待定": .cantTell,
    ]

    /// Words accepted for true and false.
    static let boolWords: [String: Bool] = [
        "是": true, "有": true, "对": true, "√": true, "✓": true, "✔": true, "y": true, "yes": true, "true": true, "1": true,
        "否": false, "无": false, "没有": false, "错": false, "×": false, "✗": false, "✘": false, "n": false, "no": false, "false": false, "0": false,
    ]

    /// Chinese unit names accepted after a number, and the symbol each stands for.
    static let unitWords: [(String, String)] = [
        ("平方米", "m2"), ("毫米", "mm"), ("厘米", "cm"), ("公分", "cm"), ("米", "m"), ("分钟", "min"), ("小时", "h"), ("秒", "s"),
        ("天", "d"), ("度", "deg"), ("分贝", "dB"), ("勒克斯", "lx"), ("像素", "px"),
    ]

    /// The Chinese name of an attribute type.
    static func typeLabel(_ type: AttributeType, _ language: Language) -> String {
        guard language == .zh else { return type.description }
        switch type {
        case .bool: return "是/否"
        case .count: return "整数"
        case .number: return "数值"
        case .ratio: return "比值"
        case .quantity(let d):
            switch d {
            case .length: return "长度"
            case .area: return "面积"
            case .angle: return "角度"
            case .duration: return "时长"
            case .fontSize: return "字号/像素"
            case .soundLevel: return "声级"
            case .illuminance: return "照度"
            default: return d.rawValue
            }
        case .enumeration: return "选项"
        case .text: return "文字"
        case .date: return "日期"
        }
    }
}
