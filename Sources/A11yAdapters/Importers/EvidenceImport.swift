import A11yRules

/// The whole import of evidence files into one subject: read, map, merge. Used by
/// `a11y-rules import axe|lighthouse` (which writes the result) and `evaluate --evidence` (which
/// evaluates it without touching the subject file).
public struct EvidenceImport: Sendable {
    /// What an import did, for the summary a person reads.
    public struct Summary: Sendable, Hashable {
        /// Pages tested (runs read).
        public var pages = 0
        /// Imported findings by outcome.
        public var outcomes: [Outcome: Int] = [:]
        /// Attribute values filled from measurements.
        public var measured = 0
        /// Lighthouse manual audits left to a person, by id.
        public var manualAudits: [String] = []
    }

    /// The result.
    public var subject: Subject
    /// Everything reported: errors (a file or result not imported), unknown rules, conflicts.
    public var diagnostics: [Diagnostic]
    /// What was imported.
    public var summary: Summary

    /// Imports `files` into `subject`.
    ///
    /// - Parameters:
    ///   - files: Evidence files.
    ///   - format: The format they must be in (`.any`: recognised by content).
    ///   - subject: The subject to merge into (a new one for a fresh import).
    ///   - catalog: The catalog, for the vocabulary and clause ids.
    ///   - mapping: The axe rule mapping (the shipped one unless testing another).
    public init(files: [String], format: EvidenceReader.Format, into subject: Subject, catalog: Catalog, mapping: AxeMapping) {
        var diagnostics: [Diagnostic] = []
        var runs: [ToolRun] = []
        var summary = Summary()
        let reader = EvidenceReader(format: format)
        for file in files {
            let read = reader.read(path: file)
            runs += read.runs
            diagnostics += read.diagnostics
            summary.manualAudits += read.manualAudits
        }
        let built = EvidenceBuilder(mapping: mapping).evidence(from: runs)
        diagnostics += built.diagnostics
        let merged = EvidenceMerger(catalog: catalog).merge(built.pages, into: subject)
        diagnostics += merged.diagnostics
        summary.pages = runs.count
        summary.measured = built.pages.reduce(0) { $0 + $1.attributes.count }
        for entries in merged.subject.evidence.values {
            for entry in entries where !(subject.evidence.values.contains { $0.contains(entry) }) {
                summary.outcomes[entry.outcome, default: 0] += 1
            }
        }
        self.subject = merged.subject
        self.diagnostics = diagnostics
        self.summary = summary
    }

    /// A one-paragraph summary in `language`.
    public func describe(in language: Language) -> String {
        let zh = language == .zh
        let order: [Outcome] = [.failed, .cantTell, .untested, .passed, .inapplicable]
        let counts = order.compactMap { outcome -> String? in
            guard let n = summary.outcomes[outcome], n > 0 else { return nil }
            return "\(Self.label(outcome, zh: zh)) \(n)"
        }.joined(separator: zh ? "，" : ", ")
        var text = zh
            ? "导入了 \(summary.pages) 个页面的证据：条款结论 \(counts.isEmpty ? "无" : counts)；测得属性值 \(summary.measured) 个。"
            : "Imported evidence for \(summary.pages) page\(summary.pages == 1 ? "" : "s"): findings \(counts.isEmpty ? "none" : counts); \(summary.measured) measured attribute value\(summary.measured == 1 ? "" : "s")."
        if !summary.manualAudits.isEmpty {
            let ids = Array(Set(summary.manualAudits)).sorted().joined(separator: ", ")
            text += zh ? "Lighthouse 的人工检查项未导入，需人工核查：\(ids)。" : " Lighthouse's manual audits were not imported and need a person: \(ids)."
        }
        return text
    }

    static func label(_ outcome: Outcome, zh: Bool) -> String {
        switch outcome {
        case .passed: return zh ? "通过" : "passed"
        case .failed: return zh ? "不通过" : "failed"
        case .inapplicable: return zh ? "不适用" : "inapplicable"
        case .cantTell: return zh ? "待复核" : "needs review"
        case .untested: return zh ? "待人工核查" : "untested"
        }
    }
}
