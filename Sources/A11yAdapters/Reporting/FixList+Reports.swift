import A11yRules

extension FixList {
    /// One item of the markdown and HTML fix lists: a defect with its findings resolved, the scorecards
    /// whose fewest fixes to pass include it, and (for a failure no scorecard counts) no gains.
    struct ReportEntry {
        var finding: Finding
        /// Failures the same repair mends.
        var related: [Finding]
        /// The points the repair wins now, per scorecard that counts it.
        var gains: [(scorecard: String, points: Double)]
        /// The scorecards whose pass mark needs this repair.
        var neededToPass: [String]
        var isVeto: Bool
    }

    /// The entries, then the failures no scorecard counts (in ``FixOrder``), as report items.
    func reportEntries(_ result: SubjectResult, catalog: Catalog) -> [ReportEntry] {
        let findings = result.findings
        var items: [ReportEntry] = entries.enumerated().map { position, entry in
            ReportEntry(finding: findings[entry.finding], related: entry.related.map { findings[$0] },
                        gains: entry.gains.map { ($0.scorecard, $0.points) },
                        neededToPass: waysToPass.filter { $0.entries.contains(position) }.map(\.scorecard),
                        isVeto: entry.isVeto)
        }
        for finding in FixOrder.failures(uncounted.map { findings[$0] }, catalog: catalog) {
            items.append(ReportEntry(finding: finding, related: [], gains: [], neededToPass: [], isVeto: false))
        }
        return items
    }

    /// How many failed findings the list covers (entries, the findings mended with them, uncounted ones).
    var failureCount: Int { entries.reduce(0) { $0 + 1 + $1.related.count } + uncounted.count }

    /// `+0.75 分（QY2022-hall）` for each scorecard, in the report's language.
    static func gains(_ entry: ReportEntry, words: ReportWords) -> String? {
        guard !entry.gains.isEmpty else { return nil }
        return entry.gains.map { words.t("+\(QuantityFormat.number($0.points)) 分（\($0.scorecard)）", "+\(QuantityFormat.number($0.points)) points (\($0.scorecard))") }
            .joined(separator: words.t("，", ", "))
    }

    /// The sentence about the fewest fixes that reach a pass mark.
    static func passPath(_ way: WayToPass, words: ReportWords) -> String {
        let after = words.t("，修后 \(QuantityFormat.number(way.scoreAfter)) 分", ", scoring \(QuantityFormat.number(way.scoreAfter)) after them")
        let waiting = way.undecided > 0 ? words.t("；另有 \(way.undecided) 项待定检查也影响结论", "; \(way.undecided) undecided checks also bear on the verdict") : ""
        return words.t("\(way.scorecard)：修好标有“达标所需”的 \(way.entries.count) 项即可达到合格线\(after)\(waiting)。",
                       "\(way.scorecard): fixing the \(way.entries.count) marked “needed to pass” reaches the pass mark\(after)\(waiting).")
    }

    /// The sentence saying that a scorecard's fix list has no gains and no fewest fixes to pass, and why.
    static func abridgedNote(_ scorecard: String, words: ReportWords) -> String {
        words.t("\(scorecard)：不通过项太多（不通过项数 × 检查结果数超过 \(FixPlan.gainWorkLimit)），未逐项计算可得分数和达标所需的最少修复；顺序仍按严重程度。",
                "\(scorecard): too many failures to work out what each fix wins and the fewest fixes to pass (failures × findings exceeds \(FixPlan.gainWorkLimit)); the order still follows severity.")
    }
}
