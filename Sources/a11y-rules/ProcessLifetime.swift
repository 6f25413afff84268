import Foundation

/// Values the command keeps until the process exits instead of freeing them when it returns.
///
/// A loaded workspace of 100,000 rules is millions of strings and arrays; freeing them one by one when
/// a command returns took about a fifth of a second of `lint`'s wall time, just before the process
/// exits and the system takes the memory back whole (compilers skip that free for the same reason).
/// The CLI is the only place this is done: the library frees everything as usual.
enum ProcessLifetime {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` alive until the process exits.
    static func keep(_ value: Any) {
        lock.lock()
        defer { lock.unlock() }
        kept.append(value)
    }
}
