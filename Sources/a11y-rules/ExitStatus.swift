import ArgumentParser

/// The documented exit codes (see `a11y-rules --help`).
enum ExitStatus {
    static let findings = ExitCode(1)
    static let invalidInput = ExitCode(2)
    static let unreadablePath = ExitCode(66)
    /// The report's path cannot be opened for writing (EX_CANTCREAT).
    static let cannotCreateOutput = ExitCode(73)
    /// Writing the report failed part-way: a full disk, a closed pipe (EX_IOERR).
    static let outputFailed = ExitCode(74)
}
