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
