import A11yRules
import A11yRollup

/// The rollup for people at a terminal: each reporting date city-wide, then the latest date's items
/// division by division, the subjects missing, and the failures most divisions share.
public struct RollupTextReporter: RollupReporter {
    /// The `--format` name: `text`.
    public static let identifier = "text"
    /// The report's language (Chinese by default).
    public var language: Language
    /// How many shared failures to list.
    public var failureLimit: Int

    /// Creates a reporter.
    public init(language: Language = .zh, failureLimit: Int = 10) {
        self.language = language
        self.failureLimit = failureLimit
    }

    public func report(_ rollup: Rollup, catalog: Catalog) -> String {
        let w = RollupWords(language: language)
        let sep = language == .zh ? "：" : ": "
        let list = language == .zh ? "、" : ", "
        let programme = rollup.programme
        var out = "\(w.text(programme.title, or: programme.id)) — \(w("heading"))（\(programme.id)）\n".localizedParens(language)
        out += w("reports") + sep + programme.reports.map { "\($0.date) \(w.text($0.title, or: ""))".withoutTrailingSpaces }.joined(separator: list) + "\n"
        out += w("status-rule") + "\n"
        for report in rollup.reports {
            out += "\n== \(report.date.date) \(w.text(report.date.title, or: ""))".withoutTrailingSpaces + " ==\n"
            let reportedCount = report.divisions.count - report.missingDivisions.count
            out += "\(w("divisions-reported"))\(sep)\(reportedCount)/\(report.divisions.count)\n"
            if reportedCount == 0 { continue }
            let rows = report.divisions.map { d -> [String] in
                let done = d.items.filter { $0.status == .done }.count
                let counted = d.items.filter { $0.status != .inapplicable }.count
                return [
                    w.text(d.division.name, or: d.division.id),
                    "\(d.reported.count)/\(d.division.subjects.count)",
                    d.isMissingReport ? ProgressStatus.missing.name(in: language) : "\(done)/\(counted)",
                    d.isMissingReport ? "–" : w.share(d.share),
                    d.isMissingReport ? "–" : w.delta(divisionDelta(d, report: report.index, rollup: rollup)),
                ]
            }
            out += TextTable.render([w("division"), w("reported"), w("items-done"), w("score"), w("change")], rows)
            if !report.missingDivisions.isEmpty {
                out += w("not-reported") + sep + report.missingDivisions.map { w.text($0.division.name, or: $0.division.id) }.joined(separator: list) + "\n"
            }
            for d in report.divisions where !d.isMissingReport && !d.missing.isEmpty {
                out += "\(w("missing"))\(sep)\(w.text(d.division.name, or: d.division.id)) " + d.missing.map(w.subject).joined(separator: list) + "\n"
            }
            let newly = report.divisions.flatMap { d in d.newlyDone.map { "\(w.text(d.division.name, or: d.division.id)) \($0.item.id)" } }
            if !newly.isEmpty { out += w("newly-done") + sep + newly.joined(separator: list) + "\n" }
            let fell = report.divisions.flatMap { d in
                d.regressions.map { item in
                    let before = item.change.map { $0.previous.name(in: language) } ?? "–"
                    return "\(w.text(d.division.name, or: d.division.id)) \(item.item.id)（\(before)→\(item.status.name(in: language))，\(w.delta(item.change?.scoreDelta))）".localizedParens(language)
                }
            }
            if !fell.isEmpty { out += w("regressions") + sep + fell.joined(separator: list) + "\n" }
        }
        if let latest = rollup.latest {
            out += "\n== \(w("detail"))（\(latest.date.date)） ==\n".localizedParens(language)
            for d in latest.divisions where !d.isMissingReport {
                out += "\n" + w.text(d.division.name, or: d.division.id) + "\n"
                let rows = d.items.filter { $0.status != .inapplicable }.map { item in
                    [item.item.id, w.text(item.item.title, or: item.item.id), item.status.name(in: language), w.share(item.share),
                     w.change(item.change, reports: rollup.programme.reports)]
                }
                out += TextTable.render([w("item"), w("item-title"), w("status"), w("score"), w("change")], rows)
            }
            out += "\n== \(w("failures")) (\(latest.date.date)) ==\n".localizedParens(language)
            if latest.failures.isEmpty { out += w("none") + "\n" }
            for (rank, failure) in latest.failures.prefix(failureLimit).enumerated() {
                let names = failure.divisions.compactMap { id in rollup.programme.divisions.first { $0.id == id } }.map { w.text($0.name, or: $0.id) }
                out += language == .zh
                    ? "\(rank + 1). \(w.failure(failure.id, catalog: catalog)) — \(failure.divisions.count) 个区划、\(failure.subjects) 个对象（\(names.joined(separator: list))）\n"
                    : "\(rank + 1). \(w.failure(failure.id, catalog: catalog)) - \(failure.divisions.count) divisions, \(failure.subjects) subjects (\(names.joined(separator: list)))\n"
            }
            if latest.failures.count > failureLimit {
                out += language == .zh ? "……另有 \(latest.failures.count - failureLimit) 项\n" : "… and \(latest.failures.count - failureLimit) more\n"
            }
        }
        out += RollupProblemsText.render(rollup.state, words: w)
        return out
    }

    /// The change of a division's overall share since its previous reported date, in percentage points.
    func divisionDelta(_ division: DivisionProgress, report: Int, rollup: Rollup) -> Double? {
        guard let now = division.share.percent else { return nil }
        for earlier in rollup.reports[..<report].reversed() {
            guard let past = earlier.divisions.first(where: { $0.division.id == division.division.id }), !past.isMissingReport else { continue }
            return past.share.percent.map { now - $0 }
        }
        return nil
    }
}

/// The problems and duplicate reports of a state, as lines of text.
enum RollupProblemsText {
    static func render(_ state: RollupState, words w: RollupWords) -> String {
        var out = ""
        let problems = state.problems.sorted()
        if !problems.isEmpty {
            out += "\n== \(w("problems")) ==\n"
            for problem in problems { out += w.problem(problem) + "\n" }
        }
        let duplicates = state.duplicates
        if !duplicates.isEmpty {
            out += "\n== \(w("duplicates")) ==\n"
            for (key, assessments) in duplicates {
                out += "\(key.subject): " + assessments.map { "\($0.assessed) \($0.source)" }.joined(separator: "; ") + "\n"
            }
        }
        return out
    }
}

extension String {
    var withoutTrailingSpaces: String {
        var copy = self
        while copy.hasSuffix(" ") { copy.removeLast() }
        return copy
    }

    /// Chinese full-width parentheses in a Chinese report, ASCII ones with a space in an English one.
    func localizedParens(_ language: Language) -> String {
        guard language == .en else { return self }
        var out = ""
        for ch in self {
            switch ch {
            case "（": out += " ("
            case "）": out += ")"
            case "，": out += ", "
            default: out.append(ch)
            }
        }
        return out
    }
}
