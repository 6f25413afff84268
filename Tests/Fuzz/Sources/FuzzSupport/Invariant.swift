#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A property every input must keep. A broken one aborts, which libFuzzer records as a crash
/// with the input that caused it.
public enum Invariant {
    /// Aborts with `message` unless `condition` holds.
    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        guard !condition() else { return }
        let text = "invariant broken: \(message())\n"
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        abort()
    }
}
