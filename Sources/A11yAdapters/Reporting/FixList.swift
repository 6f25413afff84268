import A11yRules

/// The failures of one subject as the reports list them: one entry per defect to repair, in the order
/// of the scorecards' fix plans (``SubjectResult/fixPlan(for:)``), with the points each repair wins on
/// each scorecard and whether it belongs to the fewest fixes that reach a pass mark; failures the same
/// repair mends (superseded clauses, linked rules) are shown under their entry, not repeated. Failures
/// no scorecard counts come last, in ``FixOrder``.
struct FixList {
    struct Entry {
        var finding: Finding
        /// Failures the same repair mends.
        var related: [Finding]
        /// The points the repair wins, per scorecard that counts it: now, and on the best score still
        /// reachable (under `deduct`, undecided checks can cap what a fix wins now). Empty for a failure
        /// no scorecard counts.
        var gains: [(scorecard: String, gain: Double, best: Double)]
        /// The scorecards whose pass mark needs this repair (among the fewest fixes that reach it).
        var neededToPass: [String]
        /// Whether it fails a veto indicator on some scorecard.
        var isVeto: Bool
        /// Whether a waiver in force covers it (it costs nothing now).
        var isWaived = false
    }

    /// What repairing the fewest fixes would do on one scorecard.
    struct PassPath {
        var scorecard: String
        var fixes: Int
        var scoreAfter: Double?
        var undecided: Int
    }

    var entries: [Entry] = []
    var passPaths: [PassPath] = []

    init(result: SubjectResult, catalog: Catalog) {
        var position: [Int: Int] = [:]
        var covered = Set<Int>()
        for card in result.scorecards {
            guard let scorecard = catalog.scorecard(card.id), let plan = result.fixPlan(for: scorecard) else { continue }
            let toPass = Set(plan.toPass ?? [])
            if let fixes = plan.toPass { passPaths.append(PassPath(scorecard: card.id, fixes: fixes.count, scoreAfter: plan.scoreAfterFixes, undecided: plan.undecided)) }
            for (index, item) in plan.items.enumerated() where result.findings.indices.contains(item.finding) {
                let entryIndex: Int
                if let existing = position[item.finding] {
                    entryIndex = existing
                } else if covered.contains(item.finding) {
                    continue
                } else {
                    entryIndex = entries.count
                    position[item.finding] = entryIndex
                    entries.append(Entry(finding: result.findings[item.finding], related: [], gains: [], neededToPass: [], isVeto: false))
                    covered.insert(item.finding)
                }
                for related in item.related where result.findings.indices.contains(related) && !covered.contains(related) {
                    covered.insert(related)
                    entries[entryIndex].related.append(result.findings[related])
                }
                entries[entryIndex].gains.append((card.id, item.gain, item.maxGain))
                entries[entryIndex].isWaived = item.isWaived
                if toPass.contains(index) { entries[entryIndex].neededToPass.append(card.id) }
                entries[entryIndex].isVeto = entries[entryIndex].isVeto || item.isVeto
            }
        }
        let rest = result.findings.indices.filter { result.findings[$0].outcome == .failed && !covered.contains($0) }
        for finding in FixOrder.failures(rest.map { result.findings[$0] }, catalog: catalog) {
            entries.append(Entry(finding: finding, related: [], gains: [], neededToPass: [], isVeto: false))
        }
    }

    /// How many failed findings the list covers (entries and the findings mended with them).
    var failureCount: Int { entries.reduce(0) { $0 + 1 + $1.related.count } }

    /// `+0.75 (QY2022-hall)` for each scorecard, in the report's language.
    static func gains(_ entry: Entry, words: ReportWords) -> String? {
        guard !entry.gains.isEmpty else { return nil }
        return entry.gains.map { words.t("+\(QuantityFormat.number($0.gain)) 分（\($0.scorecard)）", "+\(QuantityFormat.number($0.gain)) points (\($0.scorecard))") }
            .joined(separator: words.t("，", ", "))
    }

    /// The sentence about the fewest fixes that reach a pass mark.
    static func passPath(_ path: PassPath, words: ReportWords) -> String {
        let one = path.fixes == 1
        let after = path.scoreAfter.map { words.t("，修后 \(QuantityFormat.number($0)) 分", " (\(QuantityFormat.number($0)) after \(one ? "it" : "them"))") } ?? ""
        let undecided = path.undecided == 1 ? "1 undecided check also bears" : "\(path.undecided) undecided checks also bear"
        let waiting = path.undecided > 0 ? words.t("；另有 \(path.undecided) 项待定检查也影响结论", "; \(undecided) on the verdict") : ""
        return words.t("\(path.scorecard)：修好标有“达标所需”的 \(path.fixes) 项即可达到合格线\(after)\(waiting)。",
                       "\(path.scorecard): fixing the \(one ? "1 failure" : "\(path.fixes) failures") marked “needed to pass” reaches the pass mark\(after)\(waiting).")
    }
}
