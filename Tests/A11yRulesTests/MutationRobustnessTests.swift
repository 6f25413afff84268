import Testing
import A11yRules
import A11yBenchmarking

/// Nothing panics on bad input: shipped files with random bytes changed, deleted or duplicated still
/// end in a result or in diagnostics with positions, never a crash.
@Suite("Robustness under random mutations")
struct MutationRobustnessTests {
    static let seeds: [UInt64] = Array(1...24)

    @Test(arguments: seeds)
    func mutatedFilesLoadAndEvaluateWithoutCrashing(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let standards = Repository.load(["Standards"])
        let sources = ["Examples/halls/qingcheng.yaml", "Standards/GB50763-2012/GB50763-2012.yaml", "Examples/online/yingde-website.yaml"]
        let path = sources[Int(seed) % sources.count]
        guard let original = try SourceDiscovery.files(at: [Repository.root + "/" + path]).first else {
            Issue.record("missing \(path)")
            return
        }
        var bytes = original.bytes
        let alphabet = Array(" :-[]{}#&*!|>'\"\n\t,0123456789.%±mm中\u{FF}".utf8)
        for _ in 0..<(1 + Int(random.next() % 8)) {
            guard !bytes.isEmpty else { break }
            let at = Int(random.next() % UInt64(bytes.count))
            switch random.next() % 3 {
            case 0: bytes[at] = alphabet[Int(random.next() % UInt64(alphabet.count))]
            case 1: bytes.remove(at: at)
            default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 16)], at: at)
            }
        }
        // Load the mutated file with the other shipped files (minus its own original).
        var files = standards.files.values.filter { $0.path != path }.sorted { $0.path < $1.path }
        files.append(SourceFile(path: path, bytes: bytes))
        let load = CatalogLoader.load(files)
        for diagnostic in load.diagnostics {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
        }
        let evaluator = Evaluator(catalog: load.catalog)
        for subject in load.subjects { _ = evaluator.evaluate(subject) }
        _ = DiagnosticRenderer(files: load.files).render(load.diagnostics)
    }
}
