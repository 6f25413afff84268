#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output and standard error.
enum Output {
    static func print(_ text: String) {
        Swift.print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }

    static func error(_ text: String, newline: Bool = true) {
        let line = text.hasSuffix("\n") || !newline ? text : text + "\n"
        let bytes = Array(line.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            if result <= 0 { return }
            written += result
        }
    }

    /// Whether standard output is a terminal.
    static var isTerminal: Bool { isatty(1) != 0 }
}
