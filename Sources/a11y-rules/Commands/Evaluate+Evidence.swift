import ArgumentParser
import A11yRules
import A11yAdapters

extension Evaluate {
    /// The loaded subjects' results; with `--evidence`, the one subject is evaluated with the
    /// evidence merged in (conflicts and unknown rules are printed; errors stop with exit code 2).
    func evaluateWithEvidence(_ workspace: Workspace, scorecards: [String]?, streamed: [String]) throws -> [SubjectResult] {
        guard !evidence.isEmpty else { return try workspace.evaluate(scorecards: scorecards) }
        guard streamed.isEmpty, workspace.load.subjects.count == 1, let subject = workspace.load.subjects.first else {
            throw ValidationError("--evidence merges into one subject; give exactly one subject file (found \(workspace.load.subjects.count + streamed.count))")
        }
        let mapping: AxeMapping
        do { mapping = try AxeMapping.shipped() } catch {
            Output.error("error: \(error.description)")
            throw ExitStatus.invalidInput
        }
        let merged = EvidenceImport(files: evidence, format: .any, into: subject, catalog: workspace.catalog, mapping: mapping)
        if !merged.diagnostics.isEmpty { Output.error(DiagnosticRenderer(files: workspace.load.files).render(merged.diagnostics)) }
        if merged.diagnostics.hasErrors {
            Output.error(lang == .zh ? "证据文件有错误，未进行评估" : "the evidence has errors; nothing was evaluated")
            throw ExitStatus.invalidInput
        }
        return [workspace.evaluator.evaluate(merged.subject, scorecards: scorecards)]
    }
}
