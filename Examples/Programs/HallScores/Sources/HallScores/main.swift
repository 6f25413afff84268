import A11yRules

// Load the shipped catalogs and the example halls (paths relative to this package's folder).
let workspace: Workspace
do {
    workspace = try Workspace.load(subjects: ["../../halls"])
} catch {
    print(error)
    exit(66)
}
if workspace.load.hasErrors {
    print(workspace.renderDiagnostics())
    exit(2)
}

let results: [SubjectResult]
do {
    results = try workspace.evaluate(scorecards: ["QY2022-hall"])
} catch {
    print(error)  // unknown scorecard 'QY2022-hal' (did you mean 'QY2022-hall'?)
    exit(64)
}

print("hall".padded(28), "score".padded(8), "verdict".padded(14), "first fix")
for result in results {
    guard let card = result.scorecards.first else { continue }
    let verdict = card.passed ? "passed" : (card.isComplete ? "failed" : "incomplete")
    // Failures not under a waiver in force, most serious first: errors, then mandatory provisions.
    func rank(_ finding: Finding) -> (Int, Int) {
        (finding.severity == .error ? 1 : 0, workspace.catalog.clause(finding.clause)?.isMandatory == true ? 1 : 0)
    }
    let firstFix = result.findings
        .filter { $0.outcome == .failed && ($0.waiver.map(\.isExpired) ?? true) }
        .sorted { rank($0) > rank($1) || (rank($0) == rank($1) && ($0.rule ?? $0.clause) < ($1.rule ?? $1.clause)) }
        .first
    let fix = firstFix.map { "\($0.rule ?? $0.clause): \($0.expected ?? "")" } ?? "-"
    print(result.id.padded(28), QuantityFormat.number(card.score).padded(8), verdict.padded(14), fix)
}

extension String {
    func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
