import Foundation

/// The in-run baseline for vectorised evaluation: the C column loop of the benchmark package
/// (`a11y_columnar_thresholds`), compiled on this machine with `-O3 -march=native` (by clang, gcc or
/// cc, whichever is found first) and run in a child process over the same matrix as a
/// ``PlainColumnLoop`` (regenerated from the same seed, checked by a checksum of the outcomes), timing
/// its own loop.
public struct VectorisedColumnLoop: Sendable {
    /// The compiled program, or nil when no C compiler is found.
    public let executable: String?
    /// The compiler used (`clang`, `gcc` or `cc`).
    public let compiler: String?
    private let rules: Int
    private let rows: Int
    private let columnCount: Int
    private let seed: UInt64
    /// Where the source and the compiled program live; removed with the last copy of this value.
    let folder: TemporaryFolder

    /// Compiles the loop for `rules` comparisons over `rows` rows, as
    /// `PlainColumnLoop(rules:rows:columnCount:seed:)` lays them out, into a temporary folder that is
    /// removed when the last copy of this value goes. `compilers` are tried in order.
    public init(rules: Int, rows: Int, columnCount: Int = 96, seed: UInt64 = 7, compilers: [String] = ["clang", "gcc", "cc"]) {
        self.rules = rules
        self.rows = rows
        self.columnCount = columnCount
        self.seed = seed
        folder = TemporaryFolder(prefix: "a11y-vectorised-")
        if let path = folder.path {
            let source = path + "/loop.c"
            try? Self.source.write(toFile: source, atomically: true, encoding: .utf8)
            for candidate in compilers {
                let binary = path + "/loop-\(candidate)"
                if ChildProcess.output(["/usr/bin/env", candidate, "-O3", "-march=native", "-o", binary, source]) != nil {
                    executable = binary
                    compiler = candidate
                    return
                }
            }
        }
        executable = nil
        compiler = nil
    }

    /// Runs the loop once (after one run to warm the caches); its time in seconds and the checksum of
    /// its outcomes (the sum of bytes × (position mod 251 + 1)), or nil when it could not run.
    public func run() -> (seconds: Double, checksum: UInt64)? {
        guard let executable,
              let output = ChildProcess.output([executable, String(rules), String(rows), String(columnCount), String(seed)]) else { return nil }
        let fields = output.split(separator: " ")
        guard fields.count == 2, let seconds = Double(fields[0]), let checksum = UInt64(fields[1]) else { return nil }
        return (seconds, checksum)
    }

    /// The checksum ``run()`` reports, over outcomes computed here (to check both loops did the same work).
    public static func checksum(_ out: [UInt8]) -> UInt64 {
        var sum: UInt64 = 0
        for (i, byte) in out.enumerated() { sum &+= UInt64(byte) &* UInt64(i % 251 + 1) }
        return sum
    }

    /// The matrix as `PlainColumnLoop` makes it (SplitMix64, the same formulas), the benchmark
    /// package's loop, and its timing.
    static let source = """
        #include <stdint.h>
        #include <stdio.h>
        #include <stdlib.h>
        #include <time.h>

        static uint64_t state;
        static uint64_t next(void) {
            state += 0x9E3779B97F4A7C15ull;
            uint64_t z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            return z ^ (z >> 31);
        }

        static void loop(const double *values, size_t rows, const int32_t *columns, const double *thresholds,
                         const int32_t *ops, size_t rules, uint8_t *out) {
            for (size_t r = 0; r < rules; r++) {
                const double *v = values + (size_t)columns[r] * rows;
                const double c = thresholds[r];
                uint8_t *o = out + r * rows;
                switch (ops[r]) {
                case 0: for (size_t i = 0; i < rows; i++) o[i] = v[i] <= c ? 2 : (v[i] > c ? 0 : 1); break;
                case 1: for (size_t i = 0; i < rows; i++) o[i] = v[i] >= c ? 2 : (v[i] < c ? 0 : 1); break;
                case 2: for (size_t i = 0; i < rows; i++) o[i] = v[i] < c ? 2 : (v[i] >= c ? 0 : 1); break;
                default: for (size_t i = 0; i < rows; i++) o[i] = v[i] > c ? 2 : (v[i] <= c ? 0 : 1); break;
                }
            }
        }

        int main(int argc, char **argv) {
            if (argc != 5) return 2;
            size_t rules = strtoull(argv[1], 0, 10), rows = strtoull(argv[2], 0, 10), count = strtoull(argv[3], 0, 10);
            state = strtoull(argv[4], 0, 10);
            double *values = malloc(count * rows * sizeof(double));
            int32_t *columns = malloc(rules * sizeof(int32_t)), *ops = malloc(rules * sizeof(int32_t));
            double *thresholds = malloc(rules * sizeof(double));
            uint8_t *out = malloc(rules * rows);
            if (!values || !columns || !ops || !thresholds || !out) return 3;
            for (size_t i = 0; i < count * rows; i++) values[i] = 0.5 + (double)(next() % 1000) / 1000;
            for (size_t r = 0; r < rules; r++) columns[r] = (int32_t)(next() % count);
            for (size_t r = 0; r < rules; r++) thresholds[r] = 0.7 + (double)(next() % 600) / 1000;
            for (size_t r = 0; r < rules; r++) ops[r] = (int32_t)(next() % 4);
            loop(values, rows, columns, thresholds, ops, rules, out);
            struct timespec start, end;
            clock_gettime(CLOCK_MONOTONIC, &start);
            loop(values, rows, columns, thresholds, ops, rules, out);
            clock_gettime(CLOCK_MONOTONIC, &end);
            uint64_t sum = 0;
            for (size_t i = 0; i < rules * rows; i++) sum += (uint64_t)out[i] * (i % 251 + 1);
            printf("%.9f %llu\\n", (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) * 1e-9, (unsigned long long)sum);
            return 0;
        }
        """
}

extension VectorisedColumnLoop {
    /// The loop compiled by each of `compilers` that is found, over the matrix of `plain`.
    public static func baselines(like plain: PlainColumnLoop, compilers: [String] = ["clang", "gcc"]) -> [VectorisedColumnLoop] {
        compilers.map { VectorisedColumnLoop(rules: plain.rules, rows: plain.rows, compilers: [$0]) }.filter { $0.executable != nil }
    }

    /// The stage's name in `bench run`.
    public var stageName: String { "vectorised C loop, \(compiler ?? "cc") -O3 -march=native (baseline)" }

    /// The stage for ``WorkloadMeasurement/alternate(rounds:_:)``: one run of the child per round.
    public func stage(checks: Int) -> WorkloadMeasurement.Timed {
        .init(selfTimed: stageName, work: Double(checks), unit: "checks") { run()?.seconds }
    }

    /// Whether the child's outcomes are the plain loop's (by checksum).
    public func agrees(with plain: PlainColumnLoop) -> Bool {
        var out: [UInt8] = []
        plain.run(into: &out)
        return run()?.checksum == Self.checksum(out)
    }
}
