import A11yRules
import A11yAdapters
import Foundation

/// Writes results as they come, so streams never hold more than a block in memory. JSON is written as
/// bytes by one streaming writer and handed to the sink in bulk.
struct ResultWriter {
    let format: Evaluate.Format
    let language: Language
    let verbose: Bool
    let catalog: Catalog
    let sink: ReportSink
    private var count = 0
    private var json: JSONStreamWriter

    init(format: Evaluate.Format, language: Language, verbose: Bool, catalog: Catalog, sink: ReportSink) {
        self.format = format
        self.language = language
        self.verbose = verbose
        self.catalog = catalog
        self.sink = sink
        json = JSONStreamWriter(pretty: format == .json) { bytes in sink.write(bytes) }
    }

    mutating func begin() {
        if format == .json { JSONReporter().beginDocument(&json) }
    }

    mutating func write(_ result: SubjectResult) {
        switch format {
        case .text:
            sink.write((count > 0 ? "\n" : "") + TextReporter(language: language, verbose: verbose).report([result], catalog: catalog))
        case .jsonl:
            JSONReporter(pretty: false).writeLine(result, to: &json)
        case .json:
            JSONReporter().writeSubject(result, to: &json)
        }
        count += 1
    }

    /// Hands what is buffered to the sink (after each block of a stream, so results appear as they are done).
    mutating func flush() {
        json.flush()
    }

    mutating func end() {
        if format == .json { JSONReporter().endDocument(&json) }
        json.flush()
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

    func write(_ bytes: UnsafeRawBufferPointer) {
        handle.write(Data(bytes))
    }

    func close() throws {
        if path != nil { try handle.close() }
    }
}
