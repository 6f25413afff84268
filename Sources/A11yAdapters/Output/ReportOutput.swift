/// Where a report goes: bytes written in order, a failed write reported as an error.
///
/// Reporters write to a `ReportOutput` as they go, so no report is ever held whole in memory.
/// ``FileOutput`` writes to a path or a file descriptor; a program can implement the protocol to
/// collect a report in memory (see ``BufferOutput``) or to send it elsewhere.
public protocol ReportOutput: AnyObject {
    /// Writes `bytes` after everything written so far.
    ///
    /// - Throws: ``OutputError`` when the bytes cannot be written (a full disk, a closed pipe).
    func write(_ bytes: UnsafeRawBufferPointer) throws
}

extension ReportOutput {
    /// Writes `text` as UTF-8.
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes `bytes`.
    public func write(bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }
}

/// A report collected in memory, for tests and programs that post-process it.
public final class BufferOutput: ReportOutput {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty buffer.
    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }

    /// What was written, decoded as UTF-8.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
