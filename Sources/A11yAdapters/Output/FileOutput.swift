#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a report through a path or to standard output, buffered.
///
/// The path the user gave is opened for writing and written through: a regular file is created or
/// truncated; a FIFO, a device (`/dev/null`) or a symlink's target is written as it is. Nothing is
/// ever renamed over the path, so a symlink stays a symlink and `/dev/null` stays a device.
///
/// When a write fails (a full disk, a closed pipe), the error is thrown and the incomplete report is
/// not left to pass as complete: a file this output created is removed, and a regular file that
/// existed before is emptied. Standard output is never touched after a failure.
///
/// A closed pipe is only reported if `SIGPIPE` is ignored by the process (the CLI ignores it);
/// otherwise the system ends the process on the write, as it does for any program.
public final class FileOutput: ReportOutput {
    /// The path as given, or `standard output`.
    public let path: String
    private let descriptor: Int32
    private let isStandardOutput: Bool
    private enum Origin { case created, truncated, other }
    private let origin: Origin
    private var buffer: [UInt8] = []
    private var failure: OutputError?
    private var isClosed = false
    private static let capacity = 1 << 16

    /// Opens `path` for writing; `-` means standard output.
    ///
    /// - Throws: ``OutputError`` with stage `open` when the path cannot be opened for writing (its
    ///   folder does not exist, permission is denied, it is a folder).
    public convenience init(path: String) throws {
        if path == "-" {
            self.init(standardOutput: ())
            return
        }
        let mode: mode_t = 0o666
        // Create the file if nothing is at the path; otherwise open what is there and write through it.
        var fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        var origin = Origin.created
        if fd < 0 && errno == EEXIST {
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
            origin = .other
            var info = stat()
            if fd >= 0, fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { origin = .truncated }
        }
        guard fd >= 0 else {
            let code = errno
            throw OutputError(path: path, stage: .open, code: code, reason: Self.message(code))
        }
        self.init(path: path, descriptor: fd, origin: origin)
    }

    private init(path: String, descriptor: Int32, origin: Origin) {
        self.path = path
        self.descriptor = descriptor
        self.origin = origin
        isStandardOutput = false
        buffer.reserveCapacity(Self.capacity)
    }

    private init(standardOutput: Void) {
        path = "standard output"
        descriptor = 1
        origin = .other
        isStandardOutput = true
        buffer.reserveCapacity(Self.capacity)
    }

    /// Standard output, buffered.
    public static func standardOutput() -> FileOutput { FileOutput(standardOutput: ()) }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if let failure { throw failure }
        if buffer.count + bytes.count > Self.capacity { try flush() }
        if bytes.count >= Self.capacity {
            try writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Writes out everything buffered so far.
    public func flush() throws {
        if let failure { throw failure }
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { try writeAll($0) }
    }

    /// Flushes and closes the file (standard output is flushed, not closed).
    ///
    /// - Throws: ``OutputError`` if the last bytes cannot be written or the file system reports an error
    ///   on close (some report a full disk only then).
    public func close() throws {
        guard !isClosed else { if let failure { throw failure }; return }
        isClosed = true
        try flush()
        if !isStandardOutput, systemClose(descriptor) != 0 {
            let code = errno
            throw fail(code)
        }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let result = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if result < 0 {
                let code = errno
                if code == EINTR { continue }
                throw fail(code)
            }
            if result == 0 { throw fail(EIO) }
            offset += result
        }
    }

    /// Records a write failure and makes sure the incomplete report cannot pass as complete.
    private func fail(_ code: Int32) -> OutputError {
        if let failure { return failure }
        var cleanup = OutputError.Cleanup.none
        switch origin {
        case .created where unlink(path) == 0: cleanup = .removed
        case .truncated where ftruncate(descriptor, 0) == 0: cleanup = .emptied
        default: break
        }
        let error = OutputError(path: path, stage: .write, code: code, reason: Self.message(code), cleanup: cleanup)
        failure = error
        buffer.removeAll()
        return error
    }

    /// An output released without ``close()`` still writes what it buffered (an error then goes
    /// unreported: call `close()` to learn of it).
    deinit {
        if !isClosed { try? flush() }
        if !isStandardOutput && !isClosed { _ = systemClose(descriptor) }
    }

    private static func message(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}

// The C functions, named apart from this type's own `write` and `close`.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, bytes, count)
    #else
    return Darwin.write(fd, bytes, count)
    #endif
}

private func systemClose(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.close(fd)
    #else
    return Darwin.close(fd)
    #endif
}
