import Foundation

/// A folder of its own under the system's temporary folder (made by `mkdtemp`, so two of them never
/// share a path), removed with everything in it when the last reference goes.
///
/// The benchmark's C baselines are compiled into one; before, they went to a folder named after the
/// process that nothing removed, so every `bench run` left one behind.
final class TemporaryFolder: Sendable {
    /// The folder's path, or nil when it could not be made (the caller then has no baseline).
    let path: String?

    /// Makes `<temporary folder>/<prefix>XXXXXX`.
    init(prefix: String) {
        var template = Array((NSTemporaryDirectory() + prefix + "XXXXXX").utf8CString)
        path = template.withUnsafeMutableBufferPointer { buffer in
            mkdtemp(buffer.baseAddress!).map { String(cString: $0) }
        }
    }

    deinit {
        if let path { try? FileManager.default.removeItem(atPath: path) }
    }
}
