import Foundation

/// One-call conveniences: load the shipped catalogs, your own catalogs and subjects together, then
/// evaluate.
///
/// ```swift
/// let workspace = try Workspace.load(catalogs: ["MyRules"], subjects: ["halls/qingcheng.yaml"])
/// guard !workspace.load.hasErrors else { print(workspace.renderDiagnostics()); return }
/// for result in try workspace.evaluate() { print(result.id, result.scorecards.first?.score ?? 0) }
/// ```
public struct Workspace: Sendable {
    /// Everything the load produced.
    public var load: CatalogLoader.Result
    /// The evaluator, compiled from ``load``'s catalog the first time it is asked for (linting and
    /// listing never pay for compiling).
    public var evaluator: Evaluator { compiled.value }
    private let compiled: LazyEvaluator

    /// Loads catalogs and subjects.
    ///
    /// - Parameters:
    ///   - catalogs: Files or folders of rule files.
    ///   - subjects: Subject files (YAML or JSON).
    ///   - includeBuiltin: Whether to load the shipped catalogs first.
    ///   - examples: Whether the rules' examples are decoded and checked (``A11yCatalog/ExampleLoading``);
    ///     evaluating never needs them.
    /// - Throws: ``SourceDiscovery/Failure`` when a path cannot be read, or names a JSON Lines file
    ///   (`.jsonl`, `.ndjson`): those are read in blocks with ``SubjectStream``, never loaded whole.
    ///   Problems inside files are diagnostics in ``load``, not thrown.
    public static func load(catalogs: [String] = [], subjects: [String] = [], includeBuiltin: Bool = true,
                            examples: ExampleLoading = .decode) throws(SourceDiscovery.Failure) -> Workspace {
        let (files, shipped) = try sources(catalogs: catalogs, subjects: subjects, includeBuiltin: includeBuiltin)
        return Workspace(files: files, replaceable: shipped, examples: examples)
    }

    /// The files ``load(catalogs:subjects:includeBuiltin:examples:)`` loads, in order, and the paths of
    /// the shipped ones among them.
    static func sources(catalogs: [String], subjects: [String], includeBuiltin: Bool) throws(SourceDiscovery.Failure)
        -> (files: [SourceFile], shipped: Set<String>) {
        for path in catalogs + subjects where SubjectStream.isJSONLines(path) {
            throw SourceDiscovery.Failure(
                path: path,
                reason: "a JSON Lines file is not loaded whole: read it in blocks with SubjectStream(path:catalog:) after loading the catalogs (as `a11y-rules evaluate` does)")
        }
        // A file reached twice (as a catalog and as a subject, or through a link) is read once: it is
        // not a duplicate of itself.
        var seen: Set<String> = []
        let given = try (SourceDiscovery.files(at: catalogs) + SourceDiscovery.files(at: subjects, extensions: SourceDiscovery.subjectExtensions))
            .filter { seen.insert(SourceDiscovery.identity(of: $0.path)).inserted }
        var files: [SourceFile] = []
        var shipped: Set<String> = []
        if includeBuiltin {
            // A given file shown under the same path as a shipped one (the package's own Standards/) replaces it.
            let givenPaths = Set(given.map(\.path))
            let builtin = try BuiltinCatalog.files().filter { !givenPaths.contains($0.path) }
            shipped = Set(builtin.map(\.path))
            files += builtin
        }
        return (files + given, shipped)
    }

    /// Loads files already read.
    ///
    /// - Parameters:
    ///   - files: The files, in load order (catalogs and subjects may be mixed).
    ///   - replaceable: Paths whose documents give way to documents of the same kind and id
    ///     in the other files (the shipped catalogs, so that edited copies can be loaded over them).
    ///   - examples: Whether the rules' examples are decoded and checked (``A11yCatalog/ExampleLoading``).
    public init(files: [SourceFile], replaceable: Set<String> = [], examples: ExampleLoading = .decode) {
        self.init(load: CatalogLoader.load(files, replaceable: replaceable, examples: examples))
    }

    /// A workspace over a load already made; its evaluator is compiled on first use.
    init(load: CatalogLoader.Result) {
        self.load = load
        compiled = LazyEvaluator(catalog: load.catalog)
    }

    /// The catalog.
    public var catalog: Catalog { load.catalog }

    /// Starts compiling ``evaluator`` on another core and returns at once; asking for ``evaluator``
    /// waits for it. The compile holds the catalog only, so ``releaseCatalogSources()`` may follow.
    public func compileEvaluatorInBackground() {
        let compiled = self.compiled
        DispatchQueue.global(qos: .userInitiated).async { _ = compiled.value }
    }

    /// Lets go of the catalog files' bytes (the files of ``A11yCatalog/CatalogLoader/Result/catalogPaths``),
    /// for a long evaluation once nothing needs them: they are kept for rendering the load's diagnostics
    /// with their source lines and for digests of the catalogs (`CatalogDigest` in A11yAdapters), so
    /// render and digest first. Subject files are kept. A 100,000-rule catalog is 32 MB of bytes.
    public mutating func releaseCatalogSources() {
        for path in load.catalogPaths { load.files[path] = nil }
    }

    /// Evaluates every loaded subject (on the columnar engine, all cores; see
    /// ``A11yEvaluation/Evaluator/evaluate(_:scorecards:listing:)``).
    ///
    /// - Parameters:
    ///   - scorecards: Scorecard ids to score; nil scores all that fit each subject.
    ///   - listing: Which findings the results list; counts, verdicts and scores are the same whatever it is.
    /// - Throws: ``UnknownScorecard`` for an id that no loaded scorecard has (with the closest id).
    public func evaluate(scorecards: [String]? = nil, listing: FindingSelection = .all) throws(UnknownScorecard) -> [SubjectResult] {
        if let scorecards { try UnknownScorecard.check(scorecards, in: catalog) }
        return evaluator.evaluate(load.subjects, scorecards: scorecards, listing: listing)
    }

    /// The diagnostics rendered compiler-style, with source lines and carets.
    ///
    /// When a file failed to parse, the errors that may only follow from it (``A11yCatalog/CatalogLoader/Result/suppressed``)
    /// are not rendered; one note says how many there are.
    public func renderDiagnostics() -> String {
        var text = ""
        renderDiagnostics { text += $0 }
        return text
    }

    /// The diagnostics rendered compiler-style, each handed to `write` as soon as it is rendered
    /// (so that a long list is streamed, not held).
    public func renderDiagnostics(to write: (String) -> Void) {
        DiagnosticRenderer(files: load.files).render(load.diagnostics, to: write)
        let held = load.suppressed.count
        if held > 0 {
            write("note: \(held) more \(held == 1 ? "error names" : "errors name") something that a file which failed to parse may define; fix the syntax \(load.diagnostics.filter { $0.id.hasPrefix("yaml.") }.count == 1 ? "error" : "errors") above and lint again\n")
        }
    }
}

/// Compiles the evaluator once, on first use, from any thread.
private final class LazyEvaluator: @unchecked Sendable {
    private let catalog: Catalog
    private let lock = NSLock()
    private var evaluator: Evaluator?

    init(catalog: Catalog) {
        self.catalog = catalog
    }

    var value: Evaluator {
        lock.lock()
        defer { lock.unlock() }
        if let evaluator { return evaluator }
        let made = Evaluator(catalog: catalog)
        evaluator = made
        return made
    }
}
