import A11yRules
import A11yAdapters
import Foundation

/// Writes results as they come, so streams never hold more than a block in memory.
struct ResultWriter {
    let format: Evaluate.Format
    let language: Language
    let verbose: Bool
    let catalog: Catalog
    let sink: ReportSink
    private var count = 0

    init(format: Evaluate.Format, language: Language, verbose: Bool, catalog: Catalog, sink: ReportSink) {
        self.format = format
        self.language = language
        self.verbose = verbose
        self.catalog = catalog
        self.sink = sink
    }

    mutating func begin() {
        if format == .json {
            sink.write("{\n  \"format\": \"a11y-rules/results\",\n  \"version\": \(JSONReporter.version),\n  \"subjects\": [")
        }
    }

    mutating func write(_ result: SubjectResult) {
        switch format {
        case .text:
            sink.write((count > 0 ? "\n" : "") + TextReporter(language: language, verbose: verbose).report([result], catalog: catalog))
        case .jsonl:
            // Each line is versioned like the whole document: {"format": "a11y-rules/subject-result", "version": 1, …}.
            var line = JSONReporter().subject(result)
            if case .object(let fields) = line {
                line = .object([("format", "a11y-rules/subject-result"), ("version", .number(Double(JSONReporter.version)))] + fields)
            }
            sink.write(JSONWriter.write(line, pretty: false) + "\n")
        case .json:
            // Indent the pretty-printed subject to sit inside the "subjects" array.
            let object = JSONWriter.write(JSONReporter().subject(result), pretty: true)
            let indented = object.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
            sink.write((count > 0 ? "," : "") + "\n" + indented.trimmingTrailingNewlines())
        }
        count += 1
    }

    mutating func end() {
        if format == .json { sink.write(count > 0 ? "\n  ]\n}\n" : "]\n}\n") }
    }
}

/// Standard output or a file.
final class ReportSink {
    private let handle: FileHandle
    private let path: String?

    init(path: String?) throws {
        self.path = path
        if let path {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                Output.error("\(path): error: cannot write the report")
                throw ExitStatus.unreadablePath
            }
            self.handle = handle
        } else {
            handle = FileHandle.standardOutput
        }
    }

    func write(_ text: String) {
        handle.write(Data(text.utf8))
    }

    func close() throws {
        if path != nil { try handle.close() }
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var copy = self
        while copy.hasSuffix("\n") { copy.removeLast() }
        return copy
    }
}
