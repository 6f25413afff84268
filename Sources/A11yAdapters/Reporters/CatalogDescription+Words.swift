import A11yRules

/// The words `explain` prints besides the catalog's own texts, in the description's language: labels,
/// and the names of obligations, statuses, kinds, confidences, outcomes, types and scoring methods.
extension CatalogDescription {
    /// The Chinese or the English label.
    func label(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// The colon after a label: `：` in Chinese, `: ` in English.
    var colon: String { label("：", ": ") }

    /// `应` / `shall`.
    func name(_ obligation: Obligation) -> String {
        switch obligation {
        case .must: return label("必须", "must")
        case .shall: return label("应", "shall")
        case .should: return label("宜", "should")
        case .may: return label("可", "may")
        }
    }

    func name(_ status: Standard.Status) -> String {
        switch status {
        case .current: return label("现行", "current")
        case .partiallySuperseded: return label("部分被替代", "partially superseded")
        case .superseded: return label("已被替代", "superseded")
        case .withdrawn: return label("已废止", "withdrawn")
        }
    }

    func name(_ kind: Standard.Kind) -> String {
        switch kind {
        case .nationalMandatory: return label("强制性国家标准", "national standard (mandatory)")
        case .nationalRecommended: return label("推荐性国家标准", "national standard (recommended)")
        case .industry: return label("行业标准", "industry standard")
        case .ministry: return label("部委规范性文件", "ministry specification")
        case .local: return label("地方标准", "local standard")
        case .organisation: return label("团体标准", "association standard")
        }
    }

    func name(_ confidence: Confidence) -> String {
        switch confidence {
        case .primary: return label("一手来源", "primary")
        case .secondary: return label("二手来源", "secondary")
        case .unverified: return label("未核实", "unverified")
        }
    }

    func name(_ severity: Severity) -> String {
        switch severity {
        case .error: return label("错误", "error")
        case .warning: return label("警告", "warning")
        case .note: return label("提示", "note")
        }
    }

    /// An example's outcome: `通过` / `passed` (English keeps the outcome's id, as before).
    func name(_ outcome: Outcome) -> String {
        guard language == .zh else { return outcome.rawValue }
        switch outcome {
        case .passed: return "通过"
        case .failed: return "不通过"
        case .inapplicable: return "不适用"
        case .cantTell: return "无法判定"
        case .untested: return "未核查"
        }
    }

    func name(_ method: ScoringMethod) -> String {
        switch method {
        case .all: return label("全有全无（all）", "all")
        case .share: return label("按通过比例（share）", "share")
        case .deduct(let per): return label("扣分制（deduct），每项不通过扣 \(QuantityFormat.number(per)) 分", "deduct \(QuantityFormat.number(per)) per failure")
        }
    }

    func name(_ dimension: Dimension) -> String {
        guard language == .zh else { return dimension.rawValue }
        switch dimension {
        case .dimensionless: return "数值"
        case .length: return "长度"
        case .area: return "面积"
        case .angle: return "角度"
        case .duration: return "时长"
        case .fontSize: return "字号"
        case .soundLevel: return "声级"
        case .illuminance: return "照度"
        case .force: return "力"
        case .mass: return "质量"
        }
    }

    /// The name of a type without its units or values: `bool` / `是或否`.
    func name(_ type: AttributeType) -> String {
        guard language == .zh else { return type.description }
        switch type {
        case .bool: return "是或否（bool）"
        case .count: return "个数（count）"
        case .number: return "数值（number）"
        case .ratio: return "比值（ratio）"
        case .quantity(let dimension): return name(dimension)
        case .enumeration: return "枚举（enum）"
        case .text: return "文本（text）"
        case .date: return "日期（date）"
        }
    }
}
