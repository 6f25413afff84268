import A11yAdapters

/// Opening the report the user asked for, and turning output errors into messages and exit codes.
enum ReportFile {
    /// Opens `path` (standard output when nil or `-`), or prints why not and exits 73.
    static func open(_ path: String?) throws -> FileOutput {
        guard let path, path != "-" else { return FileOutput.standardOutput() }
        do {
            return try FileOutput(path: path)
        } catch let error as OutputError {
            Output.error("error: \(error.description)")
            throw ExitStatus.cannotCreateOutput
        }
    }

    /// Prints a write failure and exits 74.
    static func fail(_ error: OutputError) throws -> Never {
        Output.error("error: \(error.description)")
        throw ExitStatus.outputFailed
    }
}

extension ReportFile {
    /// Writes a whole text to `path` (standard output when nil or `-`): exit 73 if it cannot be opened, 74 if writing fails.
    static func write(_ text: String, to path: String?) throws {
        let sink = try open(path)
        do {
            try sink.write(text)
            try sink.close()
        } catch let error as OutputError {
            try fail(error)
        }
    }
}
