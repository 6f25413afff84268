import Foundation
import Testing

/// Helpers for the evidence tests: a scratch folder, the outcome of each (clause, page), axe availability.
enum EvidenceSupport {
    static let folder = CLIRunner.golden.appendingPathComponent("evidence")

    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-evidence-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Whether `CI=true` (the generated-evidence test must then run, and fail if it cannot).
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether headless Chromium, chromedriver, selenium and axe-core (from axe-playwright-python) are installed.
    static let axeAvailable: Bool = {
        let fm = FileManager.default
        guard fm.fileExists(atPath: "/usr/bin/chromium") || fm.fileExists(atPath: "/usr/bin/chromium-browser"),
              fm.fileExists(atPath: "/usr/bin/chromedriver") || fm.fileExists(atPath: "/usr/lib/chromium/chromedriver") else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import selenium, axe_playwright_python"]
        probe.standardError = FileHandle.nullDevice
        probe.standardOutput = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    /// The repository's `Scripts/axe/axe_run.py`, the one script that runs axe-core for the tests and for
    /// `Scripts/validate-outputs.sh`.
    static let axeRun = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scripts/axe/axe_run.py")

    /// Runs `axe_run.py results` (axe-core 4.12.1 in headless Chromium) on pages of the test folder.
    static func runAxe(_ pages: [String], to output: URL, arguments: [String] = []) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", axeRun.path, "results"] + arguments + [output.path]
            + pages.map { folder.appendingPathComponent("pages").appendingPathComponent($0).path }
        let err = Pipe()
        process.standardError = err
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The outcome of each (clause, instance) in a JSON result: the worst of its findings
    /// (failed, cantTell, untested, passed, inapplicable). Manual items nobody reached stay under the subject id.
    static func outcomes(_ json: String) throws -> [String: [String: String]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let subjects = try #require(document["subjects"] as? [[String: Any]])
        let findings = try #require(subjects.first?["findings"] as? [[String: Any]])
        let rank = ["failed": 0, "cantTell": 1, "untested": 2, "passed": 3, "inapplicable": 4]
        var result: [String: [String: String]] = [:]
        for finding in findings {
            guard let clause = finding["clause"] as? String, let instance = finding["instance"] as? String,
                  let outcome = finding["outcome"] as? String else { continue }
            if let old = result[clause]?[instance], (rank[old] ?? 9) <= (rank[outcome] ?? 9) { continue }
            result[clause, default: [:]][instance] = outcome
        }
        return result
    }

    /// The outcome of `clause` on `page`, falling back to the subject-level finding of a manual clause.
    static func outcome(_ table: [String: [String: String]], _ clause: String, _ page: String, subject: String) -> String? {
        table[clause]?[page] ?? table[clause]?[subject]
    }

    /// Findings of a JSON result as dictionaries.
    static func findings(_ json: String) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let subjects = try #require(document["subjects"] as? [[String: Any]])
        return try #require(subjects.first?["findings"] as? [[String: Any]])
    }
}
