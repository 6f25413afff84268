import ArgumentParser

/// The documented exit codes (see `a11y-rules --help`).
enum ExitStatus {
    static let findings = ExitCode(1)
    static let invalidInput = ExitCode(2)
    static let unreadablePath = ExitCode(66)
}
