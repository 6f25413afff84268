import A11yRules

/// The names a person reads for what a subject's findings refer to by id: part kinds, facts and
/// attributes as the subject's vocabulary names them (`title`, `zh`/`en`), in the report's language.
///
/// The text, Markdown and HTML reports use these; the machine formats (JSON, SARIF, CSV, JUnit, EARL)
/// keep the ids, which programs match on. A name the vocabulary does not give in the report's language
/// falls back to the id.
struct SubjectNames {
    let words: ReportWords
    private let vocabulary: Vocabulary?

    /// The names of `kind`'s vocabulary (with what it inherits).
    init(kind: String, catalog: Catalog, words: ReportWords) {
        self.words = words
        vocabulary = catalog.vocabularies[kind]
    }

    private func title(_ text: LocalizedText?, or id: String) -> String {
        let language = words.language
        return (language == .zh ? text?.zh : text?.en) ?? id
    }

    /// `轮椅坡道` for `ramp`: the part kind's name without a closing remark in parentheses, which in the
    /// shipped vocabularies is a survey convention (`轮椅坡道（每个坡段一个实例）`), noise beside an instance id.
    /// (The full name stays what surveys match on.)
    func part(_ kind: String) -> String { Self.withoutRemark(title(vocabulary?.part(kind)?.title, or: kind)) }

    /// `轮椅坡道` for `轮椅坡道（每个坡段一个实例）`, `Wheelchair ramp` for `Wheelchair ramp (one per run)`.
    static func withoutRemark(_ name: String) -> String {
        for (open, close) in [("（", "）"), ("(", ")")] as [(Character, Character)] where name.last == close {
            guard var start = name.lastIndex(of: open), start > name.startIndex else { continue }
            if open == "(" {
                let before = name.index(before: start)
                guard name[before] == " ", before > name.startIndex else { continue }
                start = before
            }
            return String(name[..<start])
        }
        return name
    }

    /// The name of a value a finding names: an attribute of `part` (`slope`), a fact (`subject.floors`,
    /// or a bare name in a subject rule), a part list (`parts.ramp`) or an attribute of another part kind
    /// read through an aggregate (`ramp.slope`).
    func name(_ name: String, part: String?) -> String {
        spec(name, part: part).map { title($0.spec.title, or: $0.id) } ?? listOrPath(name)
    }

    private func listOrPath(_ name: String) -> String {
        if name.hasPrefix("parts.") { return self.part(String(name.dropFirst("parts.".count))) }
        let pieces = name.split(separator: ".", maxSplits: 1).map(String.init)
        if pieces.count == 2, let kind = vocabulary?.part(pieces[0]), let attribute = kind.attribute(pieces[1]) {
            let of = self.part(kind.name), what = title(attribute.title, or: attribute.name)
            return words.t("\(of)的\(what)", "\(what) (\(of))")
        }
        return name
    }

    private func spec(_ name: String, part: String?) -> (spec: AttributeSpec, id: String)? {
        if name.hasPrefix("subject.") {
            let fact = String(name.dropFirst("subject.".count))
            return vocabulary?.fact(fact).map { ($0, fact) }
        }
        if let part { return vocabulary?.part(part)?.attribute(name).map { ($0, name) } }
        return vocabulary?.fact(name).map { ($0, name) }
    }

    /// `轮椅坡道 west-annex`, or the subject id for a subject rule.
    func instance(_ finding: Finding) -> String {
        finding.part.map { "\(part($0)) \(finding.instance)" } ?? finding.instance
    }

    /// `坡度 = 1:10，提升高度 = 0.70 m`; yes-or-no values read 是/否 (yes/no).
    func observed(_ finding: Finding) -> String {
        finding.observed.map { item in
            var value = item.value
            if spec(item.name, part: finding.part)?.spec.type == .bool, value == "true" || value == "false" {
                value = words.yesNo(value == "true")
            }
            return "\(name(item.name, part: finding.part)) = \(value)"
        }.joined(separator: words.t("，", ", "))
    }

    /// What is missing, by name: `坡度、提升高度`.
    func missing(_ finding: Finding) -> String {
        finding.missing.map { name($0, part: finding.part) }.joined(separator: words.t("、", ", "))
    }

    /// A short explanation of an undecided or failed finding: the message, else the reason, else what is missing.
    func explanation(_ finding: Finding) -> String {
        if finding.outcome == .failed, let message = finding.message?.text(in: words.language) { return message }
        if let reason = finding.reason?.text(in: words.language) { return reason }
        if !finding.missing.isEmpty { return words.t("缺少：", "missing: ") + missing(finding) }
        if let message = finding.message?.text(in: words.language) { return message }
        return words.outcome(finding.outcome)
    }
}
