import Foundation

/// Runs an in-run baseline in a child process: the C loop compiled on this machine, or CPython timing
/// its own loop. Both print one line of results and nothing else the parent needs.
enum ChildProcess {
    /// The standard output of `arguments` (the program first), trimmed; nil when it cannot be started or
    /// exits non-zero. Standard error is discarded: a missing compiler or module just means no baseline.
    static func output(_ arguments: [String]) -> String? {
        guard let program = arguments.first else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = Array(arguments.dropFirst())
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
