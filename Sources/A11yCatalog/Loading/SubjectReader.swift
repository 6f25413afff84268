import A11yModel
import A11yYAML

/// Decodes subjects one document at a time against an already loaded catalog: the way to stream
/// large batches (JSON Lines: one `{"subject": …}` per line) in bounded memory.
public struct SubjectReader: Sendable {
    private let vocabularies: [String: Vocabulary]
    private let knownIDs: CatalogIDs
    private let limits: YAMLLimits
    /// Reads clean JSON subjects straight from their bytes; everything else takes the reference path below.
    private let direct: JSONSubjectDecoder
    /// Whether a JSON subject read straight from its bytes keeps the line and makes its ``A11yModel/Subject/facts``
    /// and ``A11yModel/Subject/parts`` from it on first use (the default), or makes them at once.
    ///
    /// Deferring is faster and smaller for subjects whose details nobody reads (an evaluation that lists
    /// no findings reads none); reading them later costs a second decode of the line, so a caller that
    /// will read every subject's details may set this to false. The subjects are equal either way.
    public var defersDetails = true

    /// Creates a reader for subjects of `catalog`'s kinds.
    public init(catalog: Catalog, limits: YAMLLimits = .default) {
        vocabularies = catalog.vocabularies
        knownIDs = CatalogIDs(catalog)
        self.limits = limits
        direct = JSONSubjectDecoder(vocabularies: vocabularies, knownIDs: knownIDs)
    }

    /// Decodes one subject document.
    ///
    /// - Parameters:
    ///   - bytes: One YAML or JSON document whose top-level key is `subject`.
    ///   - path: The file it came from, for locations.
    ///   - line: The 1-based line of the file where the document starts.
    /// - Returns: The subject (nil if it has errors) and every diagnostic.
    public func read(_ bytes: [UInt8], path: String, line: Int = 1) -> (subject: Subject?, diagnostics: [Diagnostic]) {
        // A JSON subject with nothing to report is decoded without nodes (the reference's subject,
        // exactly); the direct decoder gives up on anything else, and the reference path explains it.
        // Its own nesting is shallow, so it is used unless the limits are tighter than the default. Such a
        // subject keeps the line and makes its facts and parts from it on first use (the same values), unless
        // `defersDetails` is false: an evaluation that lists no findings of it never builds them.
        if limits.maxDepth >= YAMLLimits.default.maxDepth, Self.startsLikeJSON(bytes),
           let subject = defersDetails ? direct.decode(deferring: bytes, path: path, lineOffset: line - 1)
               : bytes.withUnsafeBufferPointer({ direct.decode($0, path: path, lineOffset: line - 1) }) {
            return (subject, [])
        }
        return referenceRead(bytes, path: path, line: line)
    }

    /// Decodes one subject document through positioned nodes and the subject decoder: the reference,
    /// whose diagnostics are the ones users see.
    public func referenceRead(_ bytes: [UInt8], path: String, line: Int = 1) -> (subject: Subject?, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        let reader = NodeReader(file: path, log: log, lineOffset: line - 1)
        let document: YAMLDocument
        // JSON (every JSON Lines line) is read without libyaml; anything the JSON reader does not
        // accept as is goes to libyaml, whose tree and diagnostics are the reference.
        if Self.startsLikeJSON(bytes), let parsed = JSONParser.parse(bytes, limits: limits) {
            document = parsed
        } else {
            do {
                document = try YAMLParser.parse(bytes, limits: limits)
            } catch {
                // libyaml may place an error at the end of input, past the document's last line: keep it on that line.
                let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
                var mark = (line: max(1, error.mark.line), column: max(1, error.mark.column))
                if mark.line > lines.count, let last = lines.last {
                    mark = (lines.count, String(decoding: last, as: UTF8.self).unicodeScalars.count + 1)
                }
                let location = SourceLocation(file: path, line: mark.line + line - 1, column: mark.column)
                return (nil, [Diagnostic(id: error.kind.rawValue, message: error.message, location: location)])
            }
        }
        for problem in document.problems {
            log.error(problem.kind.rawValue, problem.message,
                      at: SourceLocation(file: path, line: problem.mark.line + line - 1, column: problem.mark.column))
        }
        guard let pairs = document.root.pairs, pairs.count == 1, pairs[0].key.scalar == "subject" else {
            log.error("catalog.unknown-document", "expected a document whose single top-level key is 'subject'", at: reader.location(document.root))
            return (nil, log.diagnostics)
        }
        let subject = SubjectDecoder(reader: reader, vocabularies: vocabularies, knownIDs: knownIDs).decode(pairs[0].value)
        return (log.diagnostics.hasErrors ? nil : subject, log.diagnostics)
    }

    /// Whether the first byte that is not a space or a line break opens a JSON object.
    private static func startsLikeJSON(_ bytes: [UInt8]) -> Bool {
        bytes.first { $0 != 0x20 && $0 != 0x0A } == 0x7B
    }
}
