import Foundation

/// A JSON parse of the same lines in CPython (`json.loads`, or `orjson.loads` where installed), run
/// in a child process that times its own loop: the in-run baseline of reading JSON Lines subjects.
public struct PythonJSONBaseline: Sendable {
    /// The Python module whose `loads` parses each line.
    public enum Module: String, Sendable {
        case json, orjson
    }

    /// The JSON Lines file.
    public let path: String
    /// How many non-empty lines from the start are parsed.
    public let lines: Int
    /// The parser.
    public let module: Module

    /// A baseline over the first `lines` non-empty lines of `path`.
    public init(path: String, lines: Int, module: Module) {
        self.path = path
        self.lines = lines
        self.module = module
    }

    /// The loop: read the file first, then time `loads` over each line (bytes in, objects out).
    static let script = """
        import sys, time, importlib
        loads = importlib.import_module(sys.argv[3]).loads
        lines = [l for l in open(sys.argv[1], 'rb').read().split(b'\\n') if l.strip()][:int(sys.argv[2])]
        start = time.perf_counter()
        for line in lines:
            loads(line)
        print(time.perf_counter() - start)
        """

    /// Runs the loop once; its time in seconds, or nil when `python3` or the module is missing.
    public func run() -> Double? {
        ChildProcess.output(["/usr/bin/env", "python3", "-c", Self.script, path, String(lines), module.rawValue]).flatMap(Double.init)
    }
}
