import A11yRules

/// A blank survey of a vocabulary for field teams: every fact and every part kind's attributes, with
/// labels, type, unit and allowed values, as a CSV sheet (``SurveyLayout``) or a YAML subject skeleton.
public struct SurveyTemplate: Sendable {
    /// The vocabulary surveyed (with what it extends already merged in).
    public var vocabulary: Vocabulary
    /// The language of headings, labels and hints.
    public var language: Language

    /// Creates a template.
    public init(vocabulary: Vocabulary, language: Language) {
        self.vocabulary = vocabulary
        self.language = language
    }

    private func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    private func label(_ text: LocalizedText) -> String { text.text(in: language) ?? "" }

    /// The sheet's rows: the heading row, then one row per value to fill in.
    public func rows() -> [[String]] {
        var rows = [SurveyLayout.Column.allCases.map { $0.heading(language) }]
        for field in SurveyLayout.subjectFields {
            let value = field.id == "kind" ? vocabulary.id : ""
            let allowed = field.type == "date" ? "YYYY-MM-DD" : ""
            rows.append(["subject", "", field.id, t(field.zh, field.en), typeName(field.type), "", allowed, value, ""])
        }
        for fact in vocabulary.facts {
            rows.append(row("facts", "", fact))
        }
        for kind in vocabulary.parts {
            let instance = "\(kind.name)-1"
            rows.append([kind.name, "", "count", t("\(label(kind.title))数量（没有时填 0）", "Number of \(label(kind.title).lowercased()) (0 if none)"),
                         SurveyLayout.typeLabel(.count, language), "", "", "",
                         t("每个实例复制一组下面的行，并改写实例编号", "Copy the rows below once per instance and change the instance id")])
            rows.append([kind.name, instance, "name", t("实例名称（中文）", "Instance name (Chinese)"), typeName("text"), "", "", "", label(kind.title)])
            rows.append([kind.name, instance, "name_en", t("实例名称（英文）", "Instance name (English)"), typeName("text"), "", "", "", ""])
            for attribute in kind.attributes {
                rows.append(row(kind.name, instance, attribute))
            }
        }
        let outcomes = "passed / failed / inapplicable / cantTell"
        for field in SurveyLayout.answerFields {
            rows.append(["answers", "", field.id, t(field.zh, field.en), typeName(field.type), "", field.id == "outcome" ? outcomes : "", "",
                         field.id == "outcome" ? t("实例列填条款编号，如 GB50763-2012:3.16.1", "Put the clause id in the instance column, e.g. GB50763-2012:3.16.1") : ""])
        }
        for field in SurveyLayout.waiverFields {
            rows.append(["waivers", "", field.id, t(field.zh, field.en), typeName(field.type), "", "", "",
                         field.id == "reason" ? t("实例列填规则或条款编号", "Put the rule or clause id in the instance column") : ""])
        }
        return rows
    }

    private func typeName(_ name: String) -> String {
        SurveyLayout.typeLabel(AttributeType.named(name) ?? .text, language)
    }

    private func row(_ section: String, _ instance: String, _ spec: AttributeSpec) -> [String] {
        let unit = spec.unit?.symbol ?? spec.type.dimension.flatMap { $0 == .dimensionless ? nil : $0.units.first?.symbol } ?? ""
        var allowed = ""
        switch spec.type {
        case .bool: allowed = t("是 / 否", "true / false")
        case .enumeration(let values): allowed = values.joined(separator: " / ")
        case .ratio: allowed = t("如 1:12、4.5:1、8.33%", "e.g. 1:12, 4.5:1, 8.33%")
        case .date: allowed = "YYYY-MM-DD"
        case .quantity(let d): allowed = d.units.map(\.symbol).joined(separator: " ")
        default: break
        }
        return [section, instance, spec.name, label(spec.title), SurveyLayout.typeLabel(spec.type, language), unit, allowed, "", label(spec.note)]
    }

    /// The sheet as CSV for Excel and WPS (UTF-8 with BOM, CRLF).
    public func csv() -> String {
        CSVTable.write(rows())
    }

    /// A subject skeleton in YAML: every fact and attribute with an empty value (`~`, "not surveyed")
    /// and its label, type, unit and allowed values in a comment. Filled in, it is a subject file.
    public func yaml() -> String {
        var out = "# " + t("\(label(vocabulary.title))调查表（由 a11y-rules template 生成）。在 ~ 处填写测得的值；未调查的项目保留 ~。",
                           "Survey of \(label(vocabulary.title)) (written by a11y-rules template). Replace ~ with what was found; leave ~ where nothing was surveyed.") + "\n"
        out += "subject:\n  id: ~        # \(t("被测对象编号（不含空格）", "subject id (no spaces)"))\n  kind: \(vocabulary.id)\n"
        out += "  name: ~\n  region: []\n  # assessed: YYYY-MM-DD\n  facts:\n"
        for fact in vocabulary.facts { out += "    \(fact.name): ~" + comment(fact) + "\n" }
        out += "  parts:\n"
        for kind in vocabulary.parts {
            out += "    \(kind.name):   # \(label(kind.title))\(t("：每个实例一项；没有时写 []", ": one item per instance; [] if there are none"))\n"
            out += "      - id: \(kind.name)-1\n        name: ~\n"
            for attribute in kind.attributes { out += "        \(attribute.name): ~" + comment(attribute) + "\n" }
        }
        return out
    }

    private func comment(_ spec: AttributeSpec) -> String {
        let row = row("", "", spec)
        let details = [row[4], row[5], row[6]].filter { !$0.isEmpty }.joined(separator: "; ")
        return "   # \(row[3]) (\(details))"
    }
}
