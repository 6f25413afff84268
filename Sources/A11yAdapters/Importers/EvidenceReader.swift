import Foundation
import A11yRules

/// Reads evidence files: axe-core results or Lighthouse reports, told apart by their content.
public struct EvidenceReader: Sendable {
    /// Which format a file must be in.
    public enum Format: String, Sendable, CaseIterable {
        /// axe-core results (`axe.run`, `@axe-core/cli`, axe-selenium-python).
        case axe
        /// A Lighthouse report (LHR JSON).
        case lighthouse
        /// Either, recognised by content.
        case any
    }

    /// What one read gives.
    public struct Read: Sendable {
        /// One run per tested page.
        public var runs: [ToolRun] = []
        /// Lighthouse manual audits, left to a person.
        public var manualAudits: [String] = []
        /// What was wrong: errors mean the file (or one of its results) was not imported.
        public var diagnostics: [Diagnostic] = []
    }

    /// The format files must be in.
    public var format: Format

    /// Creates a reader.
    public init(format: Format = .any) {
        self.format = format
    }

    /// Reads one file from disk.
    public func read(path: String) -> Read {
        guard let data = FileManager.default.contents(atPath: path) else {
            return Read(diagnostics: [Diagnostic(id: "evidence.unreadable", message: "cannot read the evidence file", location: SourceLocation(file: path, line: 1, column: 1))])
        }
        return read(bytes: Array(data), file: path)
    }

    /// Reads one file's bytes.
    public func read(bytes: [UInt8], file: String) -> Read {
        let at = SourceLocation(file: file, line: 1, column: 1)
        let tree: JSONTree
        switch JSONTree.parse(bytes) {
        case .success(let parsed): tree = parsed
        case .failure(let why):
            let hint = bytes.isEmpty ? "the file is empty" : "it may be truncated or not JSON at all: \(why.detail)"
            return Read(diagnostics: [Diagnostic(
                id: "evidence.not-json",
                message: "expected \(expected) as JSON, but the file does not parse (\(hint))", location: at)])
        }
        if LighthouseReportReader.recognizes(tree), format != .axe {
            let (runs, manual, diagnostics) = LighthouseReportReader(file: file).read(tree)
            return Read(runs: runs, manualAudits: manual, diagnostics: diagnostics)
        }
        if AxeResultsReader.recognizes(tree), format != .lighthouse {
            let (runs, diagnostics) = AxeResultsReader(file: file).read(tree)
            return Read(runs: runs, diagnostics: diagnostics)
        }
        var found = tree.kindDescription
        if let keys = tree.object?.keys.sorted().prefix(5), !keys.isEmpty { found += " with keys \(keys.joined(separator: ", "))" }
        let other = LighthouseReportReader.recognizes(tree) ? " (it is a Lighthouse report: use import lighthouse)"
            : AxeResultsReader.recognizes(tree) ? " (it is axe-core results: use import axe)" : ""
        return Read(diagnostics: [Diagnostic(id: "evidence.not-evidence", message: "expected \(expected), found \(found)\(other)", location: at)])
    }

    private var expected: String {
        switch format {
        case .axe: return "axe-core results (the object axe.run() returns, or an @axe-core/cli array of them)"
        case .lighthouse: return "a Lighthouse report (LHR JSON with lighthouseVersion and categories.accessibility)"
        case .any: return "axe-core results or a Lighthouse report"
        }
    }
}
