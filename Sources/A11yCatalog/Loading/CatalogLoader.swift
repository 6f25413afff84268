import A11yModel
import A11yYAML

/// Loads rule and subject files: parses YAML through libyaml, decodes every document kind by hand,
/// checks names, types, units and references, and collects every diagnostic (not only the first).
public enum CatalogLoader {
    /// What a load produced.
    public struct Result: Sendable {
        /// The checked catalog (what decoded cleanly; see ``diagnostics`` for the rest).
        public var catalog: Catalog
        /// Subjects found among the files, in file order.
        public var subjects: [Subject]
        /// Every diagnostic, sorted by file, line and column; after ``DiagnosticCap/perFile`` in one
        /// file, one closing diagnostic counts the rest.
        public var diagnostics: [Diagnostic]
        /// The files read, by path, for rendering diagnostics with their source lines.
        public var files: [String: SourceFile]
        /// Errors left out of ``diagnostics`` because a file failed to parse: references to things
        /// (vocabularies, clauses, scorecards) that the unparsed file may well define. They are still
        /// errors; they are held back so the syntax error is read first. Empty when every file parsed.
        public var suppressed: [Diagnostic] = []
        /// The paths of the files whose document is a vocabulary, standard, scorecard or programme, in
        /// load order: what the catalog was built from (shipped documents replaced by given ones left out).
        public var catalogPaths: [String] = []

        /// Whether any diagnostic is an error.
        public var hasErrors: Bool { diagnostics.hasErrors }
    }

    /// The document kinds, by top-level key.
    public static let documentKinds = ["vocabulary", "standard", "scorecard", "subject", "programme"]

    /// Loads a set of files together (catalogs and subjects may be mixed).
    ///
    /// - Parameters:
    ///   - files: The files, in the order they should load (folders in path order).
    ///   - limits: YAML limits.
    ///   - replaceable: Paths of files (the shipped catalogs) whose documents give way to a document of
    ///     the same kind and id in any other file, so a user can load an edited copy of a shipped standard.
    ///   - instancesPerSubject: Most part instances one subject may have (``maxInstancesPerSubject``); a
    ///     subject with more is an error (`subject.too-many-instances`) at the first instance past it.
    ///   - examples: Whether the rules' examples are decoded and checked (``ExampleLoading``); with
    ///     ``ExampleLoading/skip`` every rule's examples are empty and nothing inside them is reported.
    /// - Returns: The catalog, the subjects and every diagnostic.
    public static func load(_ files: [SourceFile], replaceable: Set<String> = [], limits: YAMLLimits = .default,
                            instancesPerSubject: Int = maxInstancesPerSubject, examples: ExampleLoading = .decode) -> Result {
        load(files, replaceable: replaceable, limits: limits, instancesPerSubject: instancesPerSubject, examples: examples, pipelined: true)
    }

    /// ``load(_:replaceable:limits:instancesPerSubject:examples:)`` with every example decoded and checked,
    /// its problems reported, and then let go (`lint`): no rule keeps its examples, so they are never all
    /// alive at once. The diagnostics are those of ``ExampleLoading/decode``.
    package static func loadCheckingExamples(_ files: [SourceFile], replaceable: Set<String> = []) -> Result {
        load(files, replaceable: replaceable, examples: .decode, pipelined: true, keepsExamples: false)
    }

    /// ``load(_:replaceable:limits:instancesPerSubject:examples:)``, with `pipelined: false` decoding every
    /// standard from its whole tree (the reference the equivalence tests compare the pipeline with).
    ///
    /// With `keepsExamples: false` (``ExampleLoading/decode`` only) every example is decoded and checked
    /// as with it, then let go: every rule's examples are empty, the diagnostics are the same (`lint`).
    static func load(_ files: [SourceFile], replaceable: Set<String> = [], limits: YAMLLimits = .default,
                     instancesPerSubject: Int = maxInstancesPerSubject, examples: ExampleLoading = .decode, pipelined: Bool,
                     keepsExamples: Bool = true) -> Result {
        let log = DiagnosticLog()
        var vocabularyNodes: [(NodeReader, YAMLNode)] = []
        var standardNodes: [(reader: NodeReader, node: YAMLNode, pipeline: ClausePipeline?, file: SourceFile)] = []
        var scorecardNodes: [(NodeReader, YAMLNode)] = []
        var subjectNodes: [(NodeReader, YAMLNode)] = []
        var programmeNodes: [(NodeReader, YAMLNode)] = []
        var byPath: [String: SourceFile] = [:]

        // Files that start a `standard:` document are parsed last, with their clauses decoded on the other
        // cores while they are read (``ClausePipeline``): by then the vocabularies are known.
        var parsedAt: [(index: Int, file: SourceFile, document: YAMLDocument, pipeline: ClausePipeline?)] = []
        var standardLike: [(index: Int, file: SourceFile)] = []
        for (index, file) in files.enumerated() {
            byPath[file.path] = file
            if pipelined, ClausePipeline.looksLikeStandard(file.bytes) {
                standardLike.append((index, file))
                continue
            }
            guard let document = parse(file, limits: limits, pruning: examples.pruning, log: log) else { continue }
            parsedAt.append((index, file, document, nil))
        }
        if !standardLike.isEmpty {
            let known = earlyVocabularies(parsedAt.map { ($0.file, $0.document) }, replaceable: replaceable)
            for (index, file) in standardLike {
                let pipeline = ClausePipeline(file: file, vocabularies: known, decodesExamples: examples == .decode, keepsExamples: keepsExamples)
                guard let document = parse(file, limits: limits, pruning: examples.pruning, streaming: pipeline.streaming, log: log) else { continue }
                parsedAt.append((index, file, document, pipeline))
            }
            parsedAt.sort { $0.index < $1.index }
        }
        var parsed = parsedAt.map { (file: $0.file, document: $0.document, pipeline: $0.pipeline) }
        parsedAt.removeAll()
        // Documents of the given files replace shipped documents of the same kind and id.
        var given: Set<String> = []
        for (file, document, _) in parsed where !replaceable.contains(file.path) {
            if let key = documentKey(document) { given.insert(key) }
        }
        parsed.removeAll { file, document, _ in
            replaceable.contains(file.path) && documentKey(document).map(given.contains) == true
        }

        let unparsed = parsed.count < files.count
        var catalogPaths: [String] = []
        for (file, document, pipeline) in parsed {
            var reader = NodeReader(file: file.path, log: log)
            reader.decodesExamples = examples == .decode
            reader.keepsExamples = keepsExamples
            guard let pairs = document.root.pairs, pairs.count == 1, let key = pairs[0].key.scalar,
                  documentKinds.contains(key) else {
                let found = document.root.pairs.map { $0.compactMap(\.key.scalar).joined(separator: ", ") } ?? document.root.kindDescription
                log.error(
                    "catalog.unknown-document", "a file holds one document whose single top-level key is vocabulary, standard, scorecard, subject or programme; found \(found.isEmpty ? "nothing" : found)",
                    at: reader.location(document.root.pairs?.first?.key ?? document.root),
                    suggestion: document.root.pairs?.first?.key.scalar.flatMap { Suggestion.closest(to: $0, in: documentKinds) })
                continue
            }
            let body = pairs[0].value
            // Expressions live in standards and scorecards: their errors are placed through the file's lines.
            if key == "standard" || key == "scorecard" { reader.lines = pipeline?.lines ?? LineIndex(file) }
            if key != "subject" { catalogPaths.append(file.path) }
            switch key {
            case "vocabulary": vocabularyNodes.append((reader, body))
            case "standard": standardNodes.append((reader, body, pipeline, file))
            case "scorecard": scorecardNodes.append((reader, body))
            case "programme": programmeNodes.append((reader, body))
            default: subjectNodes.append((reader, body))
            }
        }

        // The trees are held only by the per-kind lists from here, and each list is let go once decoded.
        parsed.removeAll()
        let decodedVocabularies = vocabularyNodes.compactMap { VocabularyDecoder(reader: $0.0).decode($0.1) }
        let vocabularies = VocabularyResolver.resolve(decodedVocabularies, log: log)

        var standards: [Standard] = []
        var standardLocations: [String: SourceLocation] = [:]
        for (reader, streamedNode, pipeline, file) in standardNodes {
            var node = streamedNode
            var prepared: [(Clause?, [Diagnostic])]?
            if let pipeline {
                prepared = pipeline.results(for: node, vocabularies: vocabularies)
                if prepared == nil, pipeline.taken > 0, node["clauses"]?.items?.isEmpty == true {
                    // The clauses were decoded with keys the finished standard contradicts (an id, vocabulary
                    // or tables written after the list): read the file again whole (its problems are logged).
                    guard let whole = try? YAMLParser.parse(file.bytes, limits: limits, pruning: examples.pruning),
                          let body = whole.root.pairs?.first?.value else { continue }
                    node = body
                }
            }
            guard let standard = StandardDecoder(reader: reader, vocabularies: vocabularies).decode(node, prepared: prepared) else { continue }
            if let first = standardLocations[standard.id] {
                log.error("catalog.duplicate-id", "standard '\(standard.id)' is defined twice", at: standard.location,
                          notes: [DiagnosticNote("first defined here", at: first)])
                continue
            }
            standardLocations[standard.id] = standard.location
            standards.append(standard)
        }
        standardNodes.removeAll()
        checkSupersession(standards, log: log)
        RuleLinker.link(&standards, log: log)

        let scorecardDecoder = ScorecardDecoder(vocabularies: vocabularies, standards: standards, log: log)
        let drafts = scorecardNodes.compactMap { scorecardDecoder.draft($0.1, reader: $0.0) }
        let scorecards = scorecardDecoder.resolve(drafts)
        let programmes = decodeProgrammes(programmeNodes, scorecards: scorecards, log: log)
        let catalog = Catalog(vocabularies: vocabularies, standards: standards, scorecards: scorecards, programmes: programmes)

        let knownIDs = CatalogIDs(catalog)
        var subjects: [Subject] = []
        // The first subject of each id and assessed date, for duplicates.
        var subjectLocations: [SubjectKey: SourceLocation] = [:]
        for (reader, node) in subjectNodes {
            var decoder = SubjectDecoder(reader: reader, vocabularies: vocabularies, knownIDs: knownIDs)
            decoder.instanceLimit = instancesPerSubject
            guard let subject = decoder.decode(node) else { continue }
            // The same subject assessed on different dates is a history (DSL §7); on the same date, a duplicate.
            let key = SubjectKey(id: subject.id, assessed: subject.assessed)
            if let first = subjectLocations[key] {
                let when = subject.assessed.map { " assessed on \($0)" } ?? " without an assessed date"
                log.error("catalog.duplicate-id", "subject '\(subject.id)'\(when) is given twice", at: subject.location,
                          notes: [DiagnosticNote("first given here", at: first)])
                continue
            }
            subjectLocations[key] = subject.location
            subjects.append(subject)
        }
        let order = Dictionary(files.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
        // YAML syntax errors come first: what follows them may only be their consequence.
        let diagnostics = log.diagnostics.enumerated().sorted { a, b in
            let sa = isSyntaxError(a.element), sb = isSyntaxError(b.element)
            if sa != sb { return sa }
            let fa = order[a.element.location.file] ?? Int.max, fb = order[b.element.location.file] ?? Int.max
            if fa != fb { return fa < fb }
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            return a.offset < b.offset
        }.map(\.element)
        var result = Result(catalog: catalog, subjects: subjects, diagnostics: diagnostics, files: byPath)
        result.catalogPaths = catalogPaths
        if unparsed {
            result.suppressed = diagnostics.filter { consequenceIDs.contains($0.id) }
            result.diagnostics.removeAll { consequenceIDs.contains($0.id) }
        }
        result.diagnostics = DiagnosticCap.apply(result.diagnostics)
        return result
    }

    /// Diagnostics about names no loaded file defines: when a file failed to parse, its definitions are
    /// missing too, so these may be nothing but the syntax error's consequence.
    static let consequenceIDs: Set<String> = [
        "catalog.unknown-reference", "catalog.dangling-include", "catalog.unknown-successor",
        "scorecard.unknown-indicator", "subject.unknown-clause",
    ]

    private static func isSyntaxError(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity == .error && diagnostic.id.hasPrefix("yaml.") && diagnostic.id != YAMLError.Kind.duplicateKey.rawValue
    }

    /// A subject's identity among loaded subjects: its id and assessed date (a history has several dates).
    private struct SubjectKey: Hashable {
        let id: String
        let assessed: Day?
    }

    private static func decodeProgrammes(_ nodes: [(NodeReader, YAMLNode)], scorecards: [Scorecard], log: DiagnosticLog) -> [Programme] {
        var programmes: [Programme] = []
        var locations: [String: SourceLocation] = [:]
        for (reader, node) in nodes {
            guard let programme = ProgrammeDecoder(reader: reader, scorecards: scorecards).decode(node) else { continue }
            if let first = locations[programme.id] {
                log.error("catalog.duplicate-id", "programme '\(programme.id)' is defined twice", at: programme.location,
                          notes: [DiagnosticNote("first defined here", at: first)])
                continue
            }
            locations[programme.id] = programme.location
            programmes.append(programme)
        }
        return programmes
    }

    /// `kind/id` of a document, if it has that shape.
    private static func documentKey(_ document: YAMLDocument) -> String? {
        guard let pairs = document.root.pairs, pairs.count == 1, let kind = pairs[0].key.scalar,
              let id = pairs[0].value["id"]?.scalar else { return nil }
        return "\(kind)/\(id)"
    }

    /// Most part instances one subject may have: 100,000. A subject is evaluated and scored whole, so its
    /// findings (one per rule and instance) are held at once; beyond this, split it into several subjects.
    public static let maxInstancesPerSubject = 100_000

    /// The vocabularies the given documents define (the shipped ones a given one replaces left out), as
    /// the load will resolve them, decoded with a log of their own: for decoding standards' clauses while
    /// their files are parsed. The load decodes them again, and a pipeline's results are used only if both agree.
    private static func earlyVocabularies(_ parsed: [(SourceFile, YAMLDocument)], replaceable: Set<String>) -> [String: Vocabulary] {
        let scratch = DiagnosticLog()
        var given: Set<String> = []
        for (file, document) in parsed where !replaceable.contains(file.path) {
            if let key = documentKey(document) { given.insert(key) }
        }
        var decoded: [Vocabulary] = []
        for (file, document) in parsed {
            guard let pairs = document.root.pairs, pairs.count == 1, pairs[0].key.scalar == "vocabulary",
                  !(replaceable.contains(file.path) && documentKey(document).map(given.contains) == true) else { continue }
            if let vocabulary = VocabularyDecoder(reader: NodeReader(file: file.path, log: scratch)).decode(pairs[0].value) {
                decoded.append(vocabulary)
            }
        }
        return VocabularyResolver.resolve(decoded, log: scratch)
    }

    private static func parse(_ file: SourceFile, limits: YAMLLimits, pruning: YAMLPruning?, streaming: YAMLStreaming? = nil,
                              log: DiagnosticLog) -> YAMLDocument? {
        // libyaml would read UTF-16 (and the renderer quote it as raw bytes): the DSL is UTF-8.
        if file.bytes.starts(with: [0xFF, 0xFE]) || file.bytes.starts(with: [0xFE, 0xFF]) {
            log.error("catalog.encoding", "the file is UTF-16 (it starts with a UTF-16 byte-order mark); the file must be UTF-8",
                      at: SourceLocation(file: file.path, line: 1, column: 1))
            return nil
        }
        if file.bytes.count > limits.maxFileBytes {
            // Placed where the limit is crossed, so the user sees how far the file runs past it.
            let lines = LineIndex(file)
            let at = lines.location(ofByte: limits.maxFileBytes, in: file.path)
            log.error("catalog.file-too-large",
                      "the file is \(file.bytes.count) bytes, more than the limit of \(limits.maxFileBytes) bytes (64 MiB) for one YAML or JSON document; split it (subjects into several files, or one subject per line in a .jsonl file)",
                      at: at)
            return nil
        }
        do {
            let document = try YAMLParser.parse(file.bytes, limits: limits, pruning: pruning, streaming: streaming)
            if !document.problems.isEmpty {
                let lines = LineIndex(file)
                for problem in document.problems { log.add(diagnostic(problem, file: file.path, lines: lines)) }
            }
            return document
        } catch {
            log.add(diagnostic(error, file: file.path, lines: LineIndex(file)))
            return nil
        }
    }

    private static func diagnostic(_ error: YAMLError, file: String, lines: LineIndex) -> Diagnostic {
        Diagnostic(
            id: error.kind.rawValue, severity: .error, message: error.message,
            location: lines.clamp(SourceLocation(file: file, line: error.mark.line, column: error.mark.column)),
            notes: (error.note.map { [DiagnosticNote($0.message, at: SourceLocation(file: file, line: $0.mark.line, column: $0.mark.column))] } ?? [])
                + (error.detail.map { [DiagnosticNote("libyaml: \($0)")] } ?? []))
    }

    /// `superseded_by` on clauses must name loaded clauses; on standards, loaded standards (a warning, since a
    /// successor need not be shipped).
    private static func checkSupersession(_ standards: [Standard], log: DiagnosticLog) {
        let clauseIDs = Set(standards.flatMap { $0.clauses.map(\.id) })
        let standardIDs = Set(standards.map(\.id))
        for standard in standards {
            for successor in standard.supersededBy where !standardIDs.contains(successor) {
                log.warning("catalog.unknown-successor", "standard '\(standard.id)' is superseded by '\(successor)', which is not loaded", at: standard.location)
            }
            for clause in standard.clauses {
                for successor in clause.supersededBy where !clauseIDs.contains(successor) {
                    log.error("catalog.unknown-reference", "clause \(clause.id) is superseded by '\(successor)', which is no loaded clause",
                              at: clause.location, suggestion: Suggestion.closest(to: successor, in: clauseIDs))
                }
            }
        }
    }
}
