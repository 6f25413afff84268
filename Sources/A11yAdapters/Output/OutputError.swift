/// A report could not be opened or written.
///
/// The description reads like `report.json: cannot write the report: No space left on device`.
public struct OutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What failed.
    public enum Stage: String, Sendable, Hashable {
        /// The path could not be opened for writing (missing folder, no permission, a folder).
        case open
        /// Bytes could not be written (full disk, closed pipe, I/O error).
        case write
    }

    /// The path given, or `standard output`.
    public var path: String
    /// Whether opening or writing failed.
    public var stage: Stage
    /// The operating system's error number.
    public var code: Int32
    /// The operating system's message for `code`.
    public var reason: String
    /// What was done with an incomplete file after a write failed.
    public enum Cleanup: String, Sendable, Hashable {
        /// Nothing (standard output, a FIFO, a device).
        case none
        /// The file had been created for the report and was removed.
        case removed
        /// The file existed before and was emptied, so no truncated report is left to pass as complete.
        case emptied
    }

    /// What was done with an incomplete file after the failure.
    public var cleanup: Cleanup

    /// Creates an error.
    public init(path: String, stage: Stage, code: Int32, reason: String, cleanup: Cleanup = .none) {
        self.path = path
        self.stage = stage
        self.code = code
        self.reason = reason
        self.cleanup = cleanup
    }

    public var description: String {
        switch stage {
        case .open: return "\(path): cannot open the report for writing: \(reason)"
        case .write:
            switch cleanup {
            case .none: return "\(path): cannot write the report: \(reason)"
            case .removed: return "\(path): cannot write the report: \(reason) (the incomplete file was removed)"
            case .emptied: return "\(path): cannot write the report: \(reason) (the incomplete file was emptied)"
            }
        }
    }
}
