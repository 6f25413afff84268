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
    let sink: ReportOutput
    private var count = 0
    private var json: JSONStreamWriter

    init(format: Evaluate.Format, language: Language, verbose: Bool, catalog: Catalog, sink: ReportOutput) {
        self.format = format
        self.language = language
        self.verbose = verbose
        self.catalog = catalog
        self.sink = sink
        json = JSONStreamWriter(pretty: format == .json) { bytes in try sink.write(bytes) }
    }

    mutating func begin() throws {
        if format == .json { JSONReporter().beginDocument(&json) }
        try json.check()
    }

    mutating func write(_ result: SubjectResult) throws {
        switch format {
        case .text:
            try sink.write((count > 0 ? "\n" : "") + TextReporter(language: language, verbose: verbose).report([result], catalog: catalog))
        case .jsonl:
            JSONReporter(pretty: false).writeLine(result, to: &json)
        case .json:
            JSONReporter().writeSubject(result, to: &json)
        }
        try json.check()
        count += 1
    }

    /// Writes a block of results; JSON is encoded on all cores, then written in order.
    mutating func write(_ results: [SubjectResult]) throws {
        switch format {
        case .text:
            for result in results { try write(result) }
            return
        case .jsonl:
            for line in JSONReporter(pretty: false).encode(results, lines: true) { json.encoded(line) }
        case .json:
            for subject in JSONReporter().encode(results, lines: false, depth: json.depth) { json.encoded(subject) }
        }
        try json.check()
        count += results.count
    }

    /// Hands what is buffered to the sink (after each block of a stream, so results appear as they are done).
    mutating func flush() throws {
        json.flush()
        try json.check()
    }

    mutating func end() throws {
        if format == .json { JSONReporter().endDocument(&json) }
        json.flush()
        try json.check()
    }
}
