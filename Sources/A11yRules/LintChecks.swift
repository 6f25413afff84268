/// Checks that only `lint` runs: things that are legal and evaluate as written, but are almost
/// certainly not what the author meant. Evaluating does not repeat them (a report already shows an
/// expired waiver as expired, and a waived passing finding as passed).
public enum LintChecks {
    /// Every lint-only diagnostic of a workspace, sorted by location. Evaluates the loaded subjects
    /// (to see which instances a waiver covers) unless the load has errors.
    public static func diagnostics(_ workspace: Workspace) -> [Diagnostic] {
        var result = expiredWaivers(workspace.load.subjects)
        if !workspace.load.hasErrors {
            for subject in workspace.load.subjects {
                result += broadWaivers(subject, result: workspace.evaluator.evaluate(subject))
            }
        }
        return result.sorted { $0.location < $1.location }
    }

    /// A waiver that names no instance covers every instance of its rule; when some of them pass, it
    /// was almost certainly meant for one (the failing one), and would silently waive a later failure
    /// of the others.
    public static func broadWaivers(_ subject: Subject, result: SubjectResult) -> [Diagnostic] {
        var covered: [String: (waiver: Waiver, passing: [String], all: Int)] = [:]
        for finding in result.findings {
            guard let applied = finding.waiver, applied.waiver.instance == nil, finding.part != nil else { continue }
            var entry = covered[applied.key] ?? (applied.waiver, [], 0)
            entry.all += 1
            if finding.outcome == .passed, !entry.passing.contains(finding.instance) { entry.passing.append(finding.instance) }
            covered[applied.key] = entry
        }
        return covered.sorted { $0.key < $1.key }.compactMap { key, entry in
            guard !entry.passing.isEmpty else { return nil }
            return Diagnostic(
                id: "subject.broad-waiver", severity: .warning,
                message: "the waiver of '\(key)' names no instance, so it covers all \(entry.all) findings of the rule, including passing \(entry.passing.joined(separator: ", ")); add 'instance: ID' for the one it is meant for",
                location: entry.waiver.location, length: key.unicodeScalars.count)
        }
    }

    /// A waiver whose `until` is before its subject's `assessed` date waives nothing.
    public static func expiredWaivers(_ subjects: [Subject]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for subject in subjects {
            for (key, waiver) in subject.waivers.sorted(by: { $0.value.location < $1.value.location }) where waiver.isExpired(on: subject.assessed) {
                let until = waiver.until.map(String.init(describing:)) ?? "?"
                let assessed = subject.assessed.map(String.init(describing:)) ?? "?"
                result.append(Diagnostic(
                    id: "subject.expired-waiver", severity: .warning,
                    message: "the waiver of '\(key)' ran until \(until), before this subject was assessed (\(assessed)), so it waives nothing; renew its 'until' or remove it",
                    location: waiver.location, length: key.unicodeScalars.count))
            }
        }
        return result
    }
}
