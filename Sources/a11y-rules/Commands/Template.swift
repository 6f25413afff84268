import ArgumentParser
import A11yRules
import A11yAdapters

/// `a11y-rules template KIND --format csv|yaml [--lang zh|en]`: a blank survey of a vocabulary.
struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a blank survey sheet of a vocabulary for field teams.",
        discussion: """
        csv: one sheet, one row per value, columns 部分/section, 实例/instance, 属性/attribute,
        名称/label, 类型/type, 单位/unit, 可选值/allowed, 值/value, 备注/note; UTF-8 with BOM and CRLF, so
        Excel and WPS open it with the Chinese intact. Fill the 值 column, copy a part kind's block of
        rows once per instance, then run `import survey`.
        yaml: a subject skeleton with every fact and attribute set to ~ (not surveyed) and its label,
        type and unit in a comment.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, yaml
    }

    @Argument(help: ArgumentHelp("The vocabulary (subject kind): facility, website, app …", valueName: "kind"))
    var kind: String

    @Option(help: "csv (a spreadsheet) or yaml (a subject skeleton).")
    var format: Format = .csv

    @Option(help: "Language of the headings, labels and hints.")
    var lang: Language = .zh

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var catalog: CatalogOptions

    func run() throws {
        let workspace = try catalog.checkedWorkspace()
        guard let vocabulary = workspace.catalog.vocabularies[kind] else {
            let suggestion = Suggestion.closest(to: kind, in: workspace.catalog.vocabularies.keys).map { " (did you mean '\($0)'?)" } ?? ""
            throw ValidationError("unknown vocabulary '\(kind)'\(suggestion)")
        }
        let template = SurveyTemplate(vocabulary: vocabulary, language: lang)
        try ReportFile.write(format == .csv ? template.csv() : template.yaml(), to: output)
    }
}
