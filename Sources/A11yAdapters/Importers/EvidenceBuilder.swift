import Foundation
import A11yRules

/// Turns tool runs into page evidence through an ``AxeMapping``.
///
/// For each clause an axe rule maps to, the rule results on a page combine as in ACT rules: any
/// violation fails the clause on that page; otherwise any "needs review" (incomplete) makes it
/// cantTell; otherwise, passes and inapplicable results decide the clause (passed, inapplicable)
/// only if every mapped rule covers it fully, and leave it untested if any covers it partially —
/// an automated pass means "no failure found", never "satisfied". Results of rules the mapping
/// does not know are reported as warnings, never dropped silently.
public struct EvidenceBuilder: Sendable {
    /// The mapping used.
    public var mapping: AxeMapping

    /// Creates a builder.
    public init(mapping: AxeMapping) {
        self.mapping = mapping
    }

    /// The evidence of each run, with warnings for rules the mapping does not know.
    public func evidence(from runs: [ToolRun]) -> (pages: [PageEvidence], diagnostics: [Diagnostic]) {
        var pages: [PageEvidence] = []
        var diagnostics: [Diagnostic] = []
        for run in runs {
            let (page, warnings) = evidence(from: run)
            pages.append(page)
            diagnostics += warnings
        }
        return (pages, diagnostics)
    }

    private func evidence(from run: ToolRun) -> (PageEvidence, [Diagnostic]) {
        let base = EvidenceSource(
            tool: run.tool, version: run.version,
            engine: run.tool == "axe-core" ? nil : run.axeVersion.map { "axe-core \($0)" },
            url: run.url, time: run.time, file: run.file)
        var page = PageEvidence(url: run.url, source: base)
        var diagnostics: [Diagnostic] = []
        var byClause: [(clause: String, items: [(result: RuleResult, criterion: AxeMapping.Criterion)])] = []
        for result in run.results {
            guard let mapped = mapping.rules[result.rule] else {
                if run.tool == "lighthouse", mapping.lighthouseManual.contains(result.rule) { continue }
                let elements = result.nodes.isEmpty ? "" : " on \(result.nodes.count) element\(result.nodes.count == 1 ? "" : "s")"
                diagnostics.append(Diagnostic(
                    id: "evidence.unknown-rule", severity: .warning,
                    message: "\(run.tool) rule '\(result.rule)' (\(result.outcome.rawValue)\(elements), \(result.path)) is not in the axe rule mapping (made from axe-core \(mapping.checkedVersions.joined(separator: ", "))); its result is not evidence for any clause: check the criteria it tests by hand",
                    location: SourceLocation(file: run.file, line: 1, column: 1),
                    suggestion: Suggestion.closest(to: result.rule, in: mapping.rules.keys)))
                continue
            }
            for criterion in mapped.criteria {
                if let index = byClause.firstIndex(where: { $0.clause == criterion.clause }) {
                    byClause[index].items.append((result, criterion))
                } else {
                    byClause.append((criterion.clause, [(result, criterion)]))
                }
            }
            if let measure = mapped.measure { page.attributes += measured(measure, result, base: base) }
        }
        for (clause, items) in byClause {
            if let entry = entry(clause, items, base: base) { page.entries.append(entry) }
        }
        return (page, diagnostics)
    }

    private func entry(_ clause: String, _ items: [(result: RuleResult, criterion: AxeMapping.Criterion)], base: EvidenceSource) -> EvidenceEntry? {
        // A rule that fills attributes the clause's own rules read decides through them; it adds an
        // entry only where it could not decide ("needs review"), to say why the attribute is missing.
        let via = items.filter(\.criterion.viaAttributes)
        let considered = items.filter { !$0.criterion.viaAttributes } + via.filter { $0.result.outcome == .incomplete }
        guard !considered.isEmpty else { return nil }
        let violations = considered.filter { $0.result.outcome == .violation }
        let incomplete = considered.filter { $0.result.outcome == .incomplete }
        let passes = considered.filter { $0.result.outcome == .pass }
        let full = considered.allSatisfy { $0.criterion.coverage == .full }
        let outcome: Outcome
        let deciding: [(result: RuleResult, criterion: AxeMapping.Criterion)]
        if !violations.isEmpty {
            (outcome, deciding) = (.failed, violations)
        } else if !incomplete.isEmpty {
            (outcome, deciding) = (.cantTell, incomplete)
        } else if full {
            (outcome, deciding) = (passes.isEmpty ? .inapplicable : .passed, considered)
        } else {
            (outcome, deciding) = (.untested, considered)
        }
        let attributes = outcome == .cantTell && deciding.allSatisfy(\.criterion.viaAttributes)
            ? unique(deciding.flatMap { mapping.rules[$0.result.rule]?.measure?.attributes ?? [] }) : []
        var source = base
        source.rules = unique(deciding.map(\.result.rule))
        if outcome == .failed || outcome == .cantTell {
            source.selectors = unique(deciding.flatMap { $0.result.nodes.map(\.selector) }.filter { !$0.isEmpty })
        }
        source.confidence = considered.map(\.criterion.confidence).max { rank($0) < rank($1) }
        let note: String
        switch outcome {
        case .failed, .cantTell:
            note = deciding.map { describe($0.result) }.joined(separator: "; ")
        case .untested:
            let ran = passes.isEmpty ? "found nothing to test" : "found no failure"
            note = "\(base.tool) \(ran) (\(source.rules.joined(separator: ", "))); these rules test only part of this criterion, so a person must check the rest"
        case .passed, .inapplicable:
            note = "\(base.tool): \(source.rules.joined(separator: ", ")) \(outcome == .passed ? "passed" : "found nothing to test"), and they test the whole criterion"
        }
        return EvidenceEntry(clause: clause, outcome: outcome, note: note, source: source, attributes: attributes)
    }

    /// Values a measuring rule fills in. Only failing measurements are written: a violation decides the
    /// clause, while passes of a partial rule do not (images of text, text over images, nodes it could
    /// not measure), so the attribute stays for a person to fill.
    private func measured(_ measure: AxeMapping.Measure, _ result: RuleResult, base: EvidenceSource) -> [MeasuredAttribute] {
        guard result.outcome == .violation else { return [] }
        var source = base
        source.rules = [result.rule]
        switch measure {
        case .onViolation(let attribute, let value):
            source.selectors = unique(result.nodes.map(\.selector))
            return [MeasuredAttribute(name: attribute, value: value, source: source,
                                      detail: "\(result.rule) failed on \(source.selectors.joined(separator: ", "))")]
        case .contrast:
            var out: [MeasuredAttribute] = []
            for (attribute, isLarge) in [("text_contrast", false), ("large_text_contrast", true)] {
                let nodes = result.nodes.filter { node in
                    guard node.contrastRatio != nil, let expected = node.expectedRatio else { return false }
                    return (expected < 4.5 - 1e-9) == isLarge
                }
                guard let lowest = nodes.min(by: { ($0.contrastRatio ?? 0) < ($1.contrastRatio ?? 0) }), let ratio = lowest.contrastRatio else { continue }
                var measuredSource = source
                measuredSource.selectors = [lowest.selector]
                let size = [lowest.fontSize, lowest.fontWeight].compactMap { $0 }.joined(separator: " ")
                out.append(MeasuredAttribute(
                    name: attribute, value: "\(Self.format(ratio)):1", source: measuredSource,
                    detail: "lowest of \(nodes.count) failing element\(nodes.count == 1 ? "" : "s"), at \(lowest.selector)\(size.isEmpty ? "" : " (\(size))")"))
            }
            return out
        }
    }

    /// A ratio with at most two decimals, as axe rounds it.
    static func format(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        let whole = Int(hundredths) / 100
        let fraction = Int(hundredths) % 100
        if fraction == 0 { return "\(whole)" }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    private func describe(_ result: RuleResult) -> String {
        let shown = result.nodes.prefix(3).map { node in
            let message = node.message.map { " — " + Self.oneLine($0) } ?? ""
            return "\(node.selector)\(message)"
        }
        let more = result.nodes.count > 3 ? " (and \(result.nodes.count - 3) more)" : ""
        return "\(result.rule): \(result.help ?? result.rule)" + (shown.isEmpty ? "" : " [\(shown.joined(separator: "; "))\(more)]")
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private func rank(_ confidence: Confidence) -> Int {
        switch confidence {
        case .primary: return 0
        case .secondary: return 1
        case .unverified: return 2
        }
    }

    private func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
