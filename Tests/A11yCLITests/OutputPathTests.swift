import Foundation
import Testing

/// `evaluate -o PATH` opens the path and writes through it: nothing at the path is ever replaced.
@Suite("evaluate -o: writes through the path given", .serialized)
struct OutputPathTests {
    let fixture = ["--no-builtin", "--catalog", "catalog"]
    let subject = "subjects/hall.yaml"

    /// A fresh folder for one test.
    private func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func fileType(_ path: String) throws -> FileAttributeType? {
        // attributesOfItem does not follow a final symlink.
        try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
    }

    @Test func aRegularFileGetsTheReport() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.txt").path
        let run = try CLIRunner.run(["evaluate", subject, "--lang", "en", "-o", path] + fixture)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == (try CLIRunner.expected("evaluate-hall.en.txt")))
    }

    @Test func dashIsStandardOutput() throws {
        let run = try CLIRunner.run(["evaluate", subject, "--lang", "en", "-o", "-"] + fixture)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try CLIRunner.expected("evaluate-hall.en.txt")))
    }

    @Test func aSymlinkIsWrittenThroughAndStaysASymlink() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("target.json").path
        let link = dir.appendingPathComponent("link.json").path
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let run = try CLIRunner.run(["evaluate", subject, "--format", "json", "-o", link] + fixture)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try fileType(link) == .typeSymbolicLink)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == (try CLIRunner.expected("evaluate-hall.json")))
    }

    @Test func aDanglingSymlinkCreatesItsTarget() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("made.txt").path
        let link = dir.appendingPathComponent("dangling.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let run = try CLIRunner.run(["evaluate", subject, "--lang", "en", "-o", link] + fixture)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try fileType(link) == .typeSymbolicLink)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == (try CLIRunner.expected("evaluate-hall.en.txt")))
    }

    @Test func aFIFOIsWrittenThroughAndStaysAFIFO() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("report.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // A reader on the other end, as `cat fifo` would be.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let pipe = Pipe()
        reader.standardOutput = pipe
        try reader.run()
        let run = try CLIRunner.run(["evaluate", subject, "--lang", "en", "-o", fifo] + fixture)
        let received = pipe.fileHandleForReading.readDataToEndOfFile()
        reader.waitUntilExit()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(String(decoding: received, as: UTF8.self) == (try CLIRunner.expected("evaluate-hall.en.txt")))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
    }

    @Test func devNullStaysADevice() throws {
        let run = try CLIRunner.run(["evaluate", subject, "-o", "/dev/null"] + fixture)
        #expect(run.status == 0, "\(run.stderr)")
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
    }

    @Test func aPathThatCannotBeOpenedExits73() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("no-such-folder/report.txt").path
        let run = try CLIRunner.run(["evaluate", subject, "-o", path] + fixture)
        #expect(run.status == 73)
        #expect(run.stderr.hasSuffix("error: \(path): cannot open the report for writing: No such file or directory\n"), "\(run.stderr)")
        let folder = try CLIRunner.run(["evaluate", subject, "-o", dir.path] + fixture)
        #expect(folder.status == 73)
        #expect(folder.stderr.hasSuffix("error: \(dir.path): cannot open the report for writing: Is a directory\n"), "\(folder.stderr)")
    }

    @Test func aFullDeviceExits74() throws {
        let run = try CLIRunner.run(["evaluate", subject, "-o", "/dev/full"] + fixture)
        #expect(run.status == 74)
        #expect(run.stderr.hasSuffix("error: /dev/full: cannot write the report: No space left on device\n"), "\(run.stderr)")
    }

    /// A file-size limit makes the disk "full" part-way through the report: the file the tool created is
    /// removed, a file that was there before is emptied; neither is left holding a truncated report.
    @Test(arguments: [false, true])
    func aWriteFailingPartWayLeavesNoTruncatedReport(existedBefore: Bool) throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.json").path
        if existedBefore { try "previous".write(toFile: path, atomically: false, encoding: .utf8) }
        // ulimit -f counts 512-byte blocks; the JSON report is larger than 1 block. SIGXFSZ is ignored, so
        // the write fails with EFBIG instead of ending the process.
        let command = "ulimit -f 1; trap '' XFSZ; exec \"$0\" \"$@\""
        let run = try CLIRunner.runShell(command, arguments: ["evaluate", subject, "--format", "json", "-o", path] + fixture)
        #expect(run.status == 74)
        #expect(run.stderr.contains("error: \(path): cannot write the report: File too large"), "\(run.stderr)")
        if existedBefore {
            #expect(run.stderr.hasSuffix("(the incomplete file was emptied)\n"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
        } else {
            #expect(run.stderr.hasSuffix("(the incomplete file was removed)\n"))
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func aClosedPipeExits74() throws {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["evaluate", subject, "--format", "json"] + fixture
        process.currentDirectoryURL = CLIRunner.golden
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try out.fileHandleForReading.close()
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 74)
        let stderr = String(decoding: errData, as: UTF8.self)
        #expect(stderr.hasSuffix("error: standard output: cannot write the report: Broken pipe\n"), "\(stderr)")
    }
}
