import ArgumentParser
import A11yRules
import A11yAdapters
import Foundation

/// `a11y-rules import survey FILLED... -o SUBJECT.yaml`: filled survey sheets to a subject file.
struct ImportSurvey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Turn filled survey sheets (CSV from `template`) into a subject file.",
        discussion: """
        Several sheets may be given (one per team); their rows add up to one subject. A filled YAML
        template is read as a subject file and written back. Every cell that cannot be read is an error
        with its file, row and column; then nothing is written (exit 2). Blank values are "not surveyed".
        """)

    @Argument(help: ArgumentHelp("Filled sheets (.csv) or one filled YAML template.", valueName: "file"))
    var files: [String]

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The subject file to write (default: standard output).", valueName: "file"))
    var output: String?

    @Option(help: "Language of the summary.")
    var lang: Language = .zh

    @OptionGroup var catalog: CatalogOptions

    func run() throws {
        let yaml = files.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        let workspace = try catalog.workspace(subjects: yaml)
        var subject: Subject
        var summary = ""
        if !yaml.isEmpty {
            guard yaml.count == 1, files.count == 1 else { throw ValidationError("give one filled YAML template, or CSV sheets only") }
            if workspace.load.hasErrors {
                Output.error(workspace.renderDiagnostics())
                throw ExitStatus.invalidInput
            }
            guard let loaded = workspace.load.subjects.first else { throw ValidationError("\(yaml[0]) holds no subject") }
            subject = loaded
        } else {
            var sheets: [(path: String, text: String)] = []
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    Output.error("\(file): error: cannot read the sheet")
                    throw ExitStatus.unreadablePath
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    Output.error("\(file):1:1: error: the sheet is not UTF-8 text (save it from Excel or WPS as 'CSV UTF-8')")
                    throw ExitStatus.invalidInput
                }
                sheets.append((file, text))
            }
            let read = SurveyReader(catalog: workspace.catalog).read(sheets)
            let files = Dictionary(sheets.map { ($0.path, SourceFile(path: $0.path, text: $0.text)) }, uniquingKeysWith: { a, _ in a })
            if !read.diagnostics.isEmpty { Output.error(DiagnosticRenderer(files: files).render(read.diagnostics)) }
            guard !read.diagnostics.hasErrors, let read_subject = read.subject else {
                Output.error(lang == .zh ? "调查表有错误，未写入任何内容" : "the sheets have errors; nothing was written")
                throw ExitStatus.invalidInput
            }
            subject = read_subject
            summary = lang == .zh ? "读取了 \(read.filled) 个值；\(read.blank) 行留空（未调查）。" : "Read \(read.filled) values; \(read.blank) rows were left blank (not surveyed)."
        }
        let header = ["Written by a11y-rules import survey from \(files.joined(separator: ", "))."]
        let text = SubjectYAMLWriter(vocabulary: workspace.catalog.vocabularies[subject.kind], header: header).write(subject)
        try ReportFile.write(text, to: output)
        if !summary.isEmpty { Output.error(summary) }
    }
}
