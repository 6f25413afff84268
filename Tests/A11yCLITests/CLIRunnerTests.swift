import Foundation
import Testing

/// The test launcher itself: a child that fills its standard error before writing to standard output must not
/// deadlock against a reader that drains one pipe after the other.
@Suite("CLI runner")
struct CLIRunnerTests {
    @Test("a child writing a megabyte to stderr before stdout finishes", .timeLimit(.minutes(1)))
    func largeStandardErrorFirst() throws {
        // 1 MiB is far beyond a pipe's buffer (64 KiB on Linux), so reading stdout to its end first would block
        // the child on its stderr write forever.
        let run = try CLIRunner.runShell("head -c 1048576 /dev/zero | tr '\\0' e >&2; echo out", arguments: [])
        #expect(run.status == 0)
        #expect(run.stdout == "out\n")
        #expect(run.stderr.utf8.count == 1_048_576)
    }
}
