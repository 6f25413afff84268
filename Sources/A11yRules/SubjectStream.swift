import Foundation
import A11yCatalog

/// Reads a JSON Lines file of subjects (one `{"subject": …}` document per line) in blocks, so that a
/// batch of any size is evaluated in bounded memory.
///
/// ```swift
/// let stream = try SubjectStream(path: "subjects.jsonl", catalog: workspace.catalog)
/// for block in stream {                      // or: while let block = stream.next(maxSubjects: 256)
///     for subject in block.subjects { … }
/// }
/// ```
///
/// The stream is its own iterator: it reads the file once, and a second `for` loop over it continues
/// where the first stopped.
public final class SubjectStream: Sequence, IteratorProtocol {
    /// One block of decoded subjects and the diagnostics of its lines.
    public struct Block: Sendable {
        /// The subjects decoded from the block's lines, in line order.
        public var subjects: [Subject]
        /// Problems found in the block's lines; a line that cannot be parsed gives no subject.
        public var diagnostics: [Diagnostic]
        /// The 1-based line of the first subject of the block.
        public var firstLine: Int
    }

    /// The file's path.
    public let path: String
    /// The file's size in bytes.
    public let size: Int
    /// Bytes read so far.
    public private(set) var bytesRead = 0
    /// Lines read so far.
    public private(set) var linesRead = 0

    private var reader: SubjectReader
    private let handle: UnsafeMutablePointer<FILE>
    /// The line of each subject (id and assessed date) read so far: a second line with both the same is an
    /// error, as for subject files (the same id on another date is a history, DSL §7).
    private var firstLines: [SubjectKey: SourceLocation] = [:]

    /// Opens a JSON Lines file.
    ///
    /// - Throws: ``SourceDiscovery/Failure`` if it cannot be opened.
    public init(path: String, catalog: Catalog) throws(SourceDiscovery.Failure) {
        guard let handle = fopen(path, "r") else {
            throw SourceDiscovery.Failure(path: path, reason: "no such file or folder")
        }
        self.path = path
        self.handle = handle
        self.reader = SubjectReader(catalog: catalog)
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }

    deinit {
        fclose(handle)
    }

    /// Whether a path names a JSON Lines file (`.jsonl` or `.ndjson`).
    public static func isJSONLines(_ path: String) -> Bool {
        path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson")
    }

    /// Whether subjects keep their line and make their facts and parts on first use (the default); see
    /// ``A11yCatalog/SubjectReader/defersDetails``. Set it to false before reading when every subject's details will be read.
    public var defersDetails: Bool {
        get { reader.defersDetails }
        set { reader.defersDetails = newValue }
    }

    /// How many subjects a block holds when the stream is iterated with `for … in` (at least 1).
    public var blockSize = 256

    /// The next block of ``blockSize`` subjects; nil at the end of the file.
    public func next() -> Block? {
        next(maxSubjects: Swift.max(1, blockSize))
    }

    /// Reads up to `maxSubjects` non-empty lines and decodes them (in parallel); nil at the end of the file.
    public func next(maxSubjects: Int) -> Block? {
        var lines: [(Int, [UInt8])] = []
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        while lines.count < maxSubjects {
            let length = getline(&buffer, &capacity, handle)
            guard length >= 0, let buffer else { break }
            linesRead += 1
            bytesRead += length
            var bytes = [UInt8](UnsafeRawBufferPointer(start: buffer, count: length))
            while let last = bytes.last, last == 0x0A || last == 0x0D || last == 0x20 { bytes.removeLast() }
            if bytes.isEmpty { continue }
            lines.append((linesRead, bytes))
        }
        guard !lines.isEmpty else { return nil }
        let reader = self.reader, path = self.path
        let decoded = ParallelMap.map(lines, minimumCount: 2) { line, bytes in reader.read(bytes, path: path, line: line) }
        var subjects: [Subject] = []
        var diagnostics: [Diagnostic] = []
        for entry in decoded {
            diagnostics += entry.diagnostics
            guard let subject = entry.subject else { continue }
            let key = SubjectKey(id: subject.id, assessed: subject.assessed)
            if let first = firstLines[key] {
                let when = subject.assessed.map { " assessed on \($0)" } ?? " without an assessed date"
                diagnostics.append(Diagnostic(
                    id: "catalog.duplicate-id", severity: .error,
                    message: "subject '\(subject.id)'\(when) is given twice (lines \(first.line) and \(subject.location.line)); this line is not evaluated",
                    location: subject.location, notes: [DiagnosticNote("first given here", at: first)]))
                continue
            }
            firstLines[key] = subject.location
            subjects.append(subject)
        }
        return Block(subjects: subjects, diagnostics: diagnostics, firstLine: lines[0].0)
    }
}

/// A subject's identity in a stream: its id and the day it was assessed.
private struct SubjectKey: Hashable {
    var id: String
    var assessed: Day?
}
