import Foundation
import A11yRules

/// Saved JSON results read back into the library's types: a `--format json` document or `--format
/// jsonl` lines, as ``A11yModel/SubjectResult``s equal to the ones that were written.
///
/// ```swift
/// let document = try ResultDocument(json: Array(try Data(contentsOf: url)))
/// for result in document.subjects { print(result.id, result.scorecards.first?.score ?? 0) }
/// print(document.generator?.catalogs?.digest ?? "catalogs unknown")
/// ```
public struct ResultDocument: Sendable, Codable {
    /// What produced the results: the document's (or first line's) `generator`.
    public struct Generator: Sendable, Hashable, Codable {
        /// The catalogs the results were evaluated against.
        public struct Catalogs: Sendable, Hashable, Codable {
            /// `sha256:` and 64 hex digits (see ``CatalogDigest``).
            public var digest: String
            /// How many catalog files the digest covers.
            public var files: Int
        }

        /// The tool's name, `a11y-rules`.
        public var name: String
        /// The tool's version, e.g. `0.2.0`.
        public var version: String
        /// The catalog digest; nil when the writer did not know the catalog's files.
        public var catalogs: Catalogs?
    }

    /// A document that cannot be read as results: where, and why.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The 1-based line (1 for a whole document).
        public var line: Int
        /// What is wrong.
        public var message: String

        /// `line N: message`.
        public var description: String { "line \(line): \(message)" }
    }

    /// `a11y-rules/results`.
    public var format: String
    /// The results format version, at most ``JSONReporter/version``.
    public var version: Int
    /// What produced the results; nil in files written by 0.2.0 (no `generator` yet).
    public var generator: Generator?
    /// The subject results, in the order written.
    public var subjects: [SubjectResult]

    /// Results made in this process, to encode with `JSONEncoder` (the same keys as the JSON reporter).
    public init(subjects: [SubjectResult], generator: Generator? = nil) {
        format = "a11y-rules/results"
        version = JSONReporter.version
        self.generator = generator
        self.subjects = subjects
    }

    /// Reads a results document (`--format json`).
    ///
    /// - Throws: ``Failure`` when the bytes are not JSON, not a results document, of a newer version,
    ///   or a field does not hold what the contract says.
    public init(json bytes: some Sequence<UInt8>) throws(Failure) {
        let document: ResultDocument
        do {
            document = try JSONDecoder().decode(ResultDocument.self, from: Data(bytes))
        } catch {
            throw Failure(line: 1, message: Self.describe(error))
        }
        guard document.format == "a11y-rules/results" else {
            throw Failure(line: 1, message: "expected \"format\": \"a11y-rules/results\", found '\(document.format)'")
        }
        try Self.check(document.version, line: 1)
        self = document
    }

    /// Reads JSON Lines results (`--format jsonl`): one subject result per non-empty line. The
    /// generator is the first line's.
    ///
    /// - Throws: ``Failure`` at the first line that is not a subject result of a version this reads.
    public init(jsonLines bytes: some Sequence<UInt8>) throws(Failure) {
        var subjects: [SubjectResult] = []
        var generator: Generator?
        var number = 0
        for line in Array(bytes).split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            let decoded = try Self.line(line, number: number)
            if subjects.isEmpty { generator = decoded.generator }
            subjects.append(decoded.result)
        }
        self.init(subjects: subjects, generator: generator)
    }

    /// Reads one JSON Lines line (`{"format": "a11y-rules/subject-result", …}`) as a subject result.
    ///
    /// - Throws: ``Failure`` (at `number`) when it is not one.
    public static func line(_ bytes: some Sequence<UInt8>, number: Int = 1) throws(Failure) -> (result: SubjectResult, generator: Generator?) {
        let head: LineHead, result: SubjectResult
        do {
            let data = Data(bytes)
            head = try JSONDecoder().decode(LineHead.self, from: data)
            guard head.format == "a11y-rules/subject-result" else {
                throw Failure(line: number, message: "expected \"format\": \"a11y-rules/subject-result\", found '\(head.format)'")
            }
            try check(head.version, line: number)
            result = try JSONDecoder().decode(SubjectResult.self, from: data)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(line: number, message: describe(error))
        }
        return (result, head.generator)
    }

    /// The keys of a line that are not the subject's.
    private struct LineHead: Decodable {
        var format: String
        var version: Int
        var generator: Generator?
    }

    private static func check(_ version: Int, line: Int) throws(Failure) {
        guard version <= JSONReporter.version else {
            throw Failure(line: line, message: "results version \(version) is newer than this library reads (\(JSONReporter.version))")
        }
    }

    /// A decoding error in words, with the path to the field (`subjects[0].findings[3].outcome`).
    private static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }.description
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "missing '\(key.stringValue)' at \(path(context.codingPath).isEmpty ? "the top level" : path(context.codingPath))"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .dataCorrupted(let context)?:
            let at = path(context.codingPath)
            return at.isEmpty ? "not valid JSON: \(context.debugDescription)" : "\(at): \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }
}

extension ResultDocument.Failure: LocalizedError {
    /// The same as ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }
}
