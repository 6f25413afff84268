import Foundation
import Testing

/// Runs the built `a11y-rules` executable as a user would, in the Golden folder.
struct CLIRunner {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder of test data (catalog/, subjects/, broken/, failing/ and expected outputs).
    static let golden: URL = Bundle.module.resourceURL!.appendingPathComponent("Golden")

    /// The executable, next to the test bundle in the build products folder.
    static let executable: URL = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("a11y-rules")

    static func run(_ arguments: [String], in directory: URL = golden) throws -> Run {
        try launch(executable, arguments, in: directory)
    }

    /// Runs the executable through `/bin/sh -c command`, the executable's path being `$0`, so a test can set
    /// limits (`ulimit`) or signal dispositions (`trap`) before it starts.
    static func runShell(_ command: String, arguments: [String], in directory: URL = golden) throws -> Run {
        try launch(URL(fileURLWithPath: "/bin/sh"), ["-c", command, executable.path] + arguments, in: directory)
    }

    private static func launch(_ program: URL, _ arguments: [String], in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Drain both pipes at once: reading one to its end first would block a child that fills the other's buffer.
        let errData = PipeDrain(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData.wait(), as: UTF8.self))
    }

    /// Reads a pipe to its end on a thread of its own, so the caller can read another pipe meanwhile.
    private final class PipeDrain: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var data = Data()

        init(_ handle: FileHandle) {
            let thread = Thread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
            thread.start()
        }

        /// The pipe's bytes, once the writer has closed it.
        func wait() -> Data {
            done.wait()
            return data
        }
    }

    static func expected(_ name: String) throws -> String {
        try String(contentsOf: golden.appendingPathComponent("expected").appendingPathComponent(name), encoding: .utf8)
    }
}
