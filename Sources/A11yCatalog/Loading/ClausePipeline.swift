import A11yModel
import A11yYAML
import Dispatch

/// Decodes a standard's clauses on other cores while its file is still being parsed: the parser hands
/// over each clause as soon as it is complete (``A11yYAML/YAMLStreaming``), clauses are decoded in
/// batches as they come, and the tree never holds the whole list.
///
/// A clause is decoded with what the standard's keys before `clauses:` say (its id, its vocabulary,
/// its tables), exactly as ``StandardDecoder`` would. ``results(for:)`` checks that the finished
/// mapping agrees (none of those keys comes after the list) and otherwise returns nil: the caller
/// then parses the file again and decodes it the ordinary way. Each clause keeps its own diagnostics,
/// merged in file order by the standard's decoder, so nothing depends on timing.
final class ClausePipeline: @unchecked Sendable {
    /// What every clause of the standard is decoded with.
    private struct Context {
        let id: String
        let vocabulary: Vocabulary?
        let vocabularyNamed: Bool
        let tables: [Table]
    }

    /// The keys a clause's decoding depends on, besides the list itself.
    static let contextKeys: Set<String> = ["id", "vocabulary", "tables"]
    /// Clauses per batch handed to a core.
    static let batchSize = 64

    private let file: String
    /// The file's lines (for positions inside multi-line expressions), also given to the standard's reader.
    let lines: LineIndex
    private let vocabularies: [String: Vocabulary]
    private let decodesExamples: Bool
    private let keepsExamples: Bool
    private let expressions = ExpressionCache()
    private let group = DispatchGroup()
    /// Guards `batches` (written by the workers, appended to by the parsing thread).
    private let lock = DispatchSemaphore(value: 1)
    private var batches: [[(Clause?, [Diagnostic])]] = []
    /// Parsing thread only.
    private var context: Context?
    private var decided = false
    private var pending: [YAMLNode] = []
    /// How many clauses the parser handed over (parsing thread only).
    private(set) var taken = 0

    init(file: SourceFile, vocabularies: [String: Vocabulary], decodesExamples: Bool, keepsExamples: Bool = true) {
        self.file = file.path
        lines = LineIndex(file)
        self.vocabularies = vocabularies
        self.decodesExamples = decodesExamples
        self.keepsExamples = keepsExamples
    }

    /// The streaming to give the parser: the items of `standard.clauses`.
    var streaming: YAMLStreaming {
        YAMLStreaming(path: ["standard", "clauses"]) { [self] item, owner in take(item, owner: owner) }
    }

    /// Takes one complete clause (parsing thread); declines every clause when the keys before the list
    /// give no valid standard id (the standard's decoder reports that, and decodes nothing).
    private func take(_ item: YAMLNode, owner: [YAMLNode.Pair]) -> Bool {
        if !decided {
            decided = true
            context = makeContext(owner)
        }
        guard context != nil else { return false }
        taken += 1
        pending.append(item)
        if pending.count == Self.batchSize { dispatch() }
        return true
    }

    private func makeContext(_ owner: [YAMLNode.Pair]) -> Context? {
        func value(_ key: String) -> YAMLNode? { owner.first { $0.key.scalar == key }?.value }
        // Diagnostics about these keys are the standard decoder's to report: this reader's log is dropped.
        let scratch = NodeReader(file: file, log: DiagnosticLog(), lines: lines)
        guard let id = scratch.identifier(value("id"), "the standard id") else { return nil }
        var vocabulary: Vocabulary?
        if let node = value("vocabulary"), let name = scratch.identifier(node, "vocabulary") { vocabulary = vocabularies[name] }
        let tables = StandardDecoder(reader: scratch, vocabularies: vocabularies).tables(value("tables"))
        return Context(id: id, vocabulary: vocabulary, vocabularyNamed: value("vocabulary") != nil, tables: tables)
    }

    private func dispatch() {
        guard let context, !pending.isEmpty else { return }
        let items = pending
        pending = []
        lock.wait()
        let index = batches.count
        batches.append([])
        lock.signal()
        DispatchQueue.global().async(group: group) { [self] in
            let decoded = items.map { item -> (Clause?, [Diagnostic]) in
                var local = NodeReader(file: file, log: DiagnosticLog(), lines: lines)
                local.decodesExamples = decodesExamples
                local.keepsExamples = keepsExamples
                let decoder = StandardDecoder(reader: local, vocabularies: vocabularies, expressions: expressions)
                let clause = decoder.clause(item, standard: context.id, vocabulary: context.vocabulary,
                                            vocabularyNamed: context.vocabularyNamed, tables: context.tables)
                return (clause, local.log.diagnostics)
            }
            lock.wait()
            batches[index] = decoded
            lock.signal()
        }
    }

    /// The decoded clauses in file order, once the parse is done, if `body` (the finished `standard:`
    /// mapping) agrees with what they were decoded with; nil when nothing was taken, when the list is
    /// not empty in the tree (the file was read again whole), or when the standard's id, vocabulary or
    /// tables come after the list (or from a merge key).
    func results(for body: YAMLNode, vocabularies final: [String: Vocabulary]) -> [(Clause?, [Diagnostic])]? {
        dispatch()
        group.wait()
        guard taken > 0, context != nil, final == vocabularies, let pairs = body.pairs,
              let list = pairs.firstIndex(where: { $0.key.scalar == "clauses" }),
              pairs[list].value.items?.isEmpty == true,
              !pairs[(list + 1)...].contains(where: { Self.contextKeys.contains($0.key.scalar ?? "") }) else { return nil }
        lock.wait()
        defer { lock.signal() }
        return batches.flatMap { $0 }
    }

    /// Whether a file's first line of content starts a `standard:` document (only such files are
    /// streamed; others are parsed first, so that their vocabularies are known when clauses decode).
    static func looksLikeStandard(_ bytes: [UInt8]) -> Bool {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let key = Array("standard:".utf8)
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[start..<end]
            let content = line.drop { $0 == 0x20 || $0 == 0x0D }
            if content.isEmpty || content.first == 0x23 || content.first == 0x25 || line.starts(with: [0x2D, 0x2D, 0x2D]) {
                start = end + 1
                continue
            }
            return line.starts(with: key)
        }
        return false
    }
}
