import A11yRules
import A11yAdapters
import Foundation

/// Writes results as they come, so streams never hold more than a block in memory.
struct ResultWriter {
    let format: Evaluate.Format
    let language: Language
    let verbose: Bool
    let catalog: Catalog
    let sink: ReportOutput
    private var count = 0

    init(format: Evaluate.Format, language: Language, verbose: Bool, catalog: Catalog, sink: ReportOutput) {
        self.format = format
        self.language = language
        self.verbose = verbose
        self.catalog = catalog
        self.sink = sink
    }

    mutating func begin() throws {
        if format == .json {
            try sink.write("{\n  \"format\": \"a11y-rules/results\",\n  \"version\": \(JSONReporter.version),\n  \"subjects\": [")
        }
    }

    mutating func write(_ result: SubjectResult) throws {
        switch format {
        case .text:
            try sink.write((count > 0 ? "\n" : "") + TextReporter(language: language, verbose: verbose).report([result], catalog: catalog))
        case .jsonl:
            // Each line is versioned like the whole document: {"format": "a11y-rules/subject-result", "version": 1, …}.
            var line = JSONReporter().subject(result)
            if case .object(let fields) = line {
                line = .object([("format", "a11y-rules/subject-result"), ("version", .number(Double(JSONReporter.version)))] + fields)
            }
            try sink.write(JSONWriter.write(line, pretty: false) + "\n")
        case .json:
            // Indent the pretty-printed subject to sit inside the "subjects" array.
            let object = JSONWriter.write(JSONReporter().subject(result), pretty: true)
            let indented = object.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
            try sink.write((count > 0 ? "," : "") + "\n" + indented.trimmingTrailingNewlines())
        }
        count += 1
    }

    mutating func end() throws {
        if format == .json { try sink.write(count > 0 ? "\n  ]\n}\n" : "]\n}\n") }
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var copy = self
        while copy.hasSuffix("\n") { copy.removeLast() }
        return copy
    }
}
