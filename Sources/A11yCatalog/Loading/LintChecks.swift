import A11yModel

/// Checks that only `lint` runs: things that are legal and evaluate as written, but are almost
/// certainly not what the author meant. Evaluating does not repeat them (a report already shows an
/// expired waiver as expired).
public enum LintChecks {
    /// Every lint-only diagnostic of a load, sorted by location.
    public static func diagnostics(_ load: CatalogLoader.Result) -> [Diagnostic] {
        expiredWaivers(load.subjects).sorted { $0.location < $1.location }
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
