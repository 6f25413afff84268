import ArgumentParser
import A11yRules
import A11yAdapters
import Foundation

/// The options `import axe` and `import lighthouse` share, and the import itself.
struct EvidenceImportOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Result files (JSON).", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("The subject's id (for a new subject file; an existing file must have this id).", valueName: "id"))
    var subject: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The subject file to write, or to merge into when it exists (default: standard output).", valueName: "file"))
    var output: String?

    @Option(help: "Language of the summary.")
    var lang: Language = .zh

    @OptionGroup var catalog: CatalogOptions

    func run(_ format: EvidenceReader.Format) throws {
        let existing = output.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
        let workspace = try catalog.checkedWorkspace(subjects: existing.map { [$0] } ?? [])
        var subject = Subject(id: subject, kind: "website", location: SourceLocation(file: output ?? "-", line: 1, column: 1))
        if let existing {
            guard let loaded = workspace.load.subjects.first else {
                throw ValidationError("\(existing) holds no subject to merge into")
            }
            guard loaded.id == self.subject else {
                throw ValidationError("\(existing) is the subject '\(loaded.id)', not '\(self.subject)'")
            }
            subject = loaded
        }
        let mapping: AxeMapping
        do { mapping = try AxeMapping.shipped() } catch {
            Output.error("error: \(error.description)")
            throw ExitStatus.invalidInput
        }
        let result = EvidenceImport(files: files, format: format, into: subject, catalog: workspace.catalog, mapping: mapping)
        if !result.diagnostics.isEmpty { Output.error(DiagnosticRenderer(files: [:]).render(result.diagnostics)) }
        if result.diagnostics.hasErrors {
            Output.error(lang == .zh ? "证据文件有错误，未写入任何内容" : "the evidence has errors; nothing was written")
            throw ExitStatus.invalidInput
        }
        var header = [
            "Written by a11y-rules import \(format.rawValue) from \(files.joined(separator: ", ")).",
            "Imported findings are under evidence:, each with its source. Complete the facts and the manual answers;",
            "a person's value or answer governs over imported evidence.",
        ]
        if existing != nil { header = ["Merged by a11y-rules import \(format.rawValue) from \(files.joined(separator: ", ")); comments of the earlier file are not kept."] }
        let text = SubjectYAMLWriter(vocabulary: workspace.catalog.vocabularies[result.subject.kind], header: header).write(result.subject)
        try ReportFile.write(text, to: output)
        if let existing {
            Output.error(lang == .zh ? "\(existing) 已按其数据重写：原文件中的 YAML 注释及部件实例的 note 不会保留。"
                                     : "\(existing) was rewritten from its data: its YAML comments and part instances' notes are not kept.")
        }
        Output.error(result.describe(in: lang))
    }
}

/// `a11y-rules import axe FILE... --subject ID -o SUBJECT.yaml`.
struct ImportAxe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "axe",
        abstract: "Import axe-core results (axe.run JSON, @axe-core/cli arrays, axe-selenium-python) as evidence for a website subject.",
        discussion: """
        One page instance per URL (its id made from the URL path, its url kept). Each axe rule's result
        becomes evidence for the clauses Standards/evidence/axe-mapping.json maps it to: a violation fails
        the clause on that page, "needs review" is cantTell, a pass of a partial rule leaves it untested.
        Contrast ratios of failing elements fill text_contrast and large_text_contrast.
        Exits 2, writing nothing, when a file is not axe-core results, is truncated, or comes from an
        unsupported axe-core version; rules the mapping does not know are reported as warnings.
        """)

    @OptionGroup var options: EvidenceImportOptions

    func run() throws { try options.run(.axe) }
}

/// `a11y-rules import lighthouse FILE... --subject ID -o SUBJECT.yaml`.
struct ImportLighthouse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lighthouse",
        abstract: "Import Lighthouse reports (LHR JSON) as evidence for a website subject.",
        discussion: """
        The audits of the accessibility category are axe-core rules and map like them: binary audits with
        score 1 pass and below 1 fail, notApplicable is inapplicable, informative and errored audits are
        "needs review"; manual audits are listed for a person and not imported.
        """)

    @OptionGroup var options: EvidenceImportOptions

    func run() throws { try options.run(.lighthouse) }
}
