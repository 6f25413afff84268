import Dispatch
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
/// where the first stopped. While a block is being used, the next one is read and decoded in the
/// background (so at most two blocks are held at a time).
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

    private let source: LineSource
    /// Decoded lines not yet handed out (a block read ahead that the caller asked fewer lines of).
    private var ready: [DecodedLine] = []
    /// The block being read in the background.
    private var pending: Prefetch?
    /// The subjects last handed out, freed in the background once the caller lets go of them.
    private var handedOut: [Subject] = []
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
        source = LineSource(path: path, handle: handle, reader: SubjectReader(catalog: catalog))
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }

    deinit {
        // No read outlives the stream (the file closes with the last reference to its source).
        pending?.group.wait()
    }

    /// Whether a path names a JSON Lines file (`.jsonl` or `.ndjson`).
    public static func isJSONLines(_ path: String) -> Bool {
        path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson")
    }

    /// How many subjects a block holds when the stream is iterated with `for … in` (at least 1).
    public var blockSize = 256

    /// The next block of ``blockSize`` subjects; nil at the end of the file.
    public func next() -> Block? {
        next(maxSubjects: Swift.max(1, blockSize))
    }

    /// Reads up to `maxSubjects` non-empty lines and decodes them (in parallel); nil at the end of the file.
    ///
    /// While the caller works on the block, the next block (of the same size) is read and decoded in
    /// the background, so that reading overlaps the caller's work and the freeing of earlier blocks.
    public func next(maxSubjects: Int) -> Block? {
        let wanted = Swift.max(1, maxSubjects)
        collectPrefetch()
        if ready.count < wanted, !source.atEnd {
            ready += source.read(wanted - ready.count)
        }
        guard !ready.isEmpty else {
            (linesRead, bytesRead) = (source.linesRead, source.bytesRead)
            return nil
        }
        let taken = ready.prefix(wanted)
        ready.removeFirst(taken.count)
        // The caller has normally let go of the previous block by now: it is freed in the background too.
        let previous = handedOut
        handedOut = []
        if !source.atEnd { prefetch(wanted, releasing: previous) }
        var subjects: [Subject] = []
        var diagnostics: [Diagnostic] = []
        subjects.reserveCapacity(taken.count)
        for entry in taken {
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
        let last = taken[taken.endIndex - 1]
        (linesRead, bytesRead) = ready.isEmpty && pending == nil && source.atEnd
            ? (source.linesRead, source.bytesRead) : (last.linesRead, last.bytesRead)
        if pending != nil { handedOut = subjects }
        return Block(subjects: subjects, diagnostics: diagnostics, firstLine: taken[taken.startIndex].line)
    }

    /// Starts reading and decoding the next `count` lines on another thread, after freeing `previous`
    /// there (on all cores, when the stream holds the last reference to it).
    private func prefetch(_ count: Int, releasing previous: [Subject]) {
        let job = Prefetch()
        job.released = previous
        let source = self.source
        job.group.enter()
        DispatchQueue.global().async {
            job.release()
            job.lines = source.read(count)
            job.group.leave()
        }
        pending = job
    }

    /// Waits for the block being read in the background, if any, and queues its lines.
    private func collectPrefetch() {
        guard let job = pending else { return }
        job.group.wait()
        ready += job.lines
        pending = nil
    }
}

/// One decoded line of a stream.
private struct DecodedLine: Sendable {
    /// The 1-based line.
    var line: Int
    var subject: Subject?
    var diagnostics: [Diagnostic]
    /// The stream's lines and bytes read once this line was (for progress).
    var linesRead: Int
    var bytesRead: Int
}

/// A block being read in the background: its lines, valid once `group` is left.
private final class Prefetch: @unchecked Sendable {
    let group = DispatchGroup()
    var lines: [DecodedLine] = []
    /// The block handed out before, to free.
    var released: [Subject] = []

    /// Frees ``released``: in parallel parts when nothing else holds it, so that freeing costs no core
    /// more time than decoding does (a block the caller still holds only loses this reference).
    func release() {
        var subjects = released
        released = []
        guard subjects.count >= 64 else { return }
        let shared = subjects.withUnsafeBufferPointer { $0.baseAddress }
        subjects.withUnsafeMutableBufferPointer { buffer in
            // A new address: the caller still holds the block, which was copied; leave it to the caller.
            guard UnsafePointer(buffer.baseAddress) == shared else { return }
            let parts = 16, size = (buffer.count + parts - 1) / parts
            let elements = SubjectBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let end = min(elements.buffer.count, (part + 1) * size)
                for index in min(end, part * size)..<end { elements.buffer[index] = placeholder }
            }
        }
    }
}

/// Subjects freed in parallel parts, each part writing only its own elements.
private struct SubjectBuffer: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Subject>
    init(_ buffer: UnsafeMutableBufferPointer<Subject>) { self.buffer = buffer }
}

/// What a freed subject is replaced with (it allocates nothing).
private let placeholder = Subject(id: "", kind: "", location: SourceLocation(file: "", line: 0, column: 0))

/// The file and its decoder: used by one thread at a time (the caller, or the one background read
/// the stream waits for before touching it again).
private final class LineSource: @unchecked Sendable {
    let path: String
    private let reader: SubjectReader
    private let handle: UnsafeMutablePointer<FILE>
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0
    private(set) var linesRead = 0
    private(set) var bytesRead = 0
    private(set) var atEnd = false

    init(path: String, handle: UnsafeMutablePointer<FILE>, reader: SubjectReader) {
        self.path = path
        self.handle = handle
        self.reader = reader
    }

    deinit {
        free(buffer)
        fclose(handle)
    }

    /// Reads up to `count` non-empty lines and decodes them on all cores.
    func read(_ count: Int) -> [DecodedLine] {
        var lines: [(line: Int, bytes: [UInt8], linesRead: Int, bytesRead: Int)] = []
        while lines.count < count {
            let length = getline(&buffer, &capacity, handle)
            guard length >= 0, let buffer else {
                atEnd = true
                break
            }
            linesRead += 1
            bytesRead += length
            var end = length
            while end > 0, buffer[end - 1] == 0x0A || buffer[end - 1] == 0x0D || buffer[end - 1] == 0x20 { end -= 1 }
            if end == 0 { continue }
            let bytes = [UInt8](UnsafeRawBufferPointer(start: buffer, count: end))
            lines.append((linesRead, bytes, linesRead, bytesRead))
        }
        let reader = self.reader, path = self.path
        return ParallelMap.map(lines, minimumCount: 2) { line in
            let (subject, diagnostics) = reader.read(line.bytes, path: path, line: line.line)
            return DecodedLine(line: line.line, subject: subject, diagnostics: diagnostics,
                               linesRead: line.linesRead, bytesRead: line.bytesRead)
        }
    }
}

/// A subject's identity in a stream: its id and the day it was assessed.
private struct SubjectKey: Hashable {
    var id: String
    var assessed: Day?
}
