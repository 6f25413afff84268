import Foundation
import A11yRules
import A11yRollup

/// Reads saved results (`evaluate --format json` documents and `--format jsonl` lines) back as
/// ``A11yRollup/RollupRecord``s, with Foundation's JSON parser. JSON Lines are read one line at a time, so a
/// file of any size is folded in bounded memory.
public enum ResultsReader {
    /// A problem with a results file, positioned at its line.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        /// The file, the 1-based line (1 for a whole document) and what is wrong.
        public var file: String, line: Int, message: String
        public var description: String { "\(file):\(line):1: error: \(message)" }
    }

    /// Whether a file holds saved results rather than subjects: a `.json` document whose `format` is
    /// `a11y-rules/results`, or a `.jsonl` file whose first line's `format` is `a11y-rules/subject-result`.
    public static func holdsResults(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 512), as: UTF8.self)
        return head.contains("\"a11y-rules/results\"") || head.contains("\"a11y-rules/subject-result\"")
    }

    /// Reads every record of a results file, calling `body` for each; problems are collected, never thrown
    /// away: a line that cannot be read gives a ``Problem`` and no record.
    ///
    /// - Throws: ``Problem`` when the file cannot be opened.
    public static func read(_ path: String, _ body: (RollupRecord) -> Void) throws(Problem) -> [Problem] {
        SubjectStream.isJSONLines(path) ? try readLines(path, body) : try readDocument(path, body)
    }

    private static func readDocument(_ path: String, _ body: (RollupRecord) -> Void) throws(Problem) -> [Problem] {
        guard let data = FileManager.default.contents(atPath: path) else { throw Problem(file: path, line: 1, message: "cannot read the file") }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            return [Problem(file: path, line: 1, message: "not valid JSON (\(error.localizedDescription))")]
        }
        guard let document = object as? [String: Any], document["format"] as? String == "a11y-rules/results" else {
            return [Problem(file: path, line: 1, message: "expected a results document ({\"format\": \"a11y-rules/results\", …})")]
        }
        if let version = document["version"] as? Int, version > JSONReporter.version {
            return [Problem(file: path, line: 1, message: "results version \(version) is newer than this tool reads (\(JSONReporter.version))")]
        }
        guard let subjects = document["subjects"] as? [Any] else {
            return [Problem(file: path, line: 1, message: "a results document needs 'subjects' as a list")]
        }
        var problems: [Problem] = []
        for (index, subject) in subjects.enumerated() {
            do { body(try record(subject, source: "\(path)#\(index + 1)")) } catch {
                problems.append(Problem(file: path, line: 1, message: "subject \(index + 1): \(error.message)"))
            }
        }
        return problems
    }

    private static func readLines(_ path: String, _ body: (RollupRecord) -> Void) throws(Problem) -> [Problem] {
        guard let handle = fopen(path, "r") else { throw Problem(file: path, line: 1, message: "cannot read the file") }
        defer { fclose(handle) }
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        var line = 0
        var problems: [Problem] = []
        while true {
            let length = getline(&buffer, &capacity, handle)
            guard length >= 0, let buffer else { break }
            line += 1
            let data = Data(bytes: buffer, count: length)
            if data.allSatisfy({ $0 == 0x0A || $0 == 0x0D || $0 == 0x20 }) { continue }
            do {
                let object = try JSONSerialization.jsonObject(with: data)
                body(try record(object, source: "\(path):\(line)"))
            } catch let problem as FieldProblem {
                problems.append(Problem(file: path, line: line, message: problem.message))
            } catch {
                problems.append(Problem(file: path, line: line, message: "not valid JSON (\(error.localizedDescription))"))
            }
        }
        return problems
    }

    struct FieldProblem: Error {
        var message: String
    }

    /// One subject result object (DSL §6) as a record.
    static func record(_ object: Any, source: String) throws(FieldProblem) -> RollupRecord {
        guard let subject = object as? [String: Any] else { throw FieldProblem(message: "expected a subject result object") }
        if let format = subject["format"] as? String, format != "a11y-rules/subject-result" {
            throw FieldProblem(message: "expected a subject result (\"format\": \"a11y-rules/subject-result\"), found '\(format)'")
        }
        if let version = subject["version"] as? Int, version > JSONReporter.version {
            throw FieldProblem(message: "results version \(version) is newer than this tool reads (\(JSONReporter.version))")
        }
        let id: String = try field(subject, "id")
        var assessed: Day?
        if let text = subject["assessed"] as? String {
            guard let day = Day(text) else { throw FieldProblem(message: "'assessed' of '\(id)' is not a date YYYY-MM-DD: '\(text)'") }
            assessed = day
        }
        let cards: [Any] = try field(subject, "scorecards")
        var failed: Set<String> = []
        for item in subject["findings"] as? [Any] ?? [] {
            guard let finding = item as? [String: Any], finding["outcome"] as? String == "failed" else { continue }
            if let waiver = finding["waiver"] as? [String: Any], waiver["expired"] as? Bool == false { continue }
            guard let key = (finding["rule"] as? String) ?? (finding["clause"] as? String) else { continue }
            failed.insert(key)
        }
        return RollupRecord(
            subject: id, assessed: assessed, source: (subject["source"] as? String).map { "\(source) (\($0))" } ?? source,
            scorecards: try cards.map { item throws(FieldProblem) in try card(item, failed: failed) })
    }

    private static func card(_ object: Any, failed: Set<String>) throws(FieldProblem) -> RollupRecord.Card {
        guard let card = object as? [String: Any] else { throw FieldProblem(message: "expected a scorecard result object") }
        let id: String = try field(card, "id")
        let indicators: [Any] = try field(card, "indicators")
        let shortfalls = indicators.flatMap { ($0 as? [String: Any])?["shortfalls"] as? [String] ?? [] }
        return RollupRecord.Card(
            id: id, score: try bounds(card, points: 100), passed: try field(card, "passed"), isComplete: try field(card, "complete"),
            indicators: try indicators.map { item throws(FieldProblem) in
                guard let indicator = item as? [String: Any] else { throw FieldProblem(message: "expected an indicator result object") }
                let points: Double = try number(indicator, "points")
                return RollupRecord.Indicator(
                    id: try field(indicator, "id"), points: points, score: try bounds(indicator, points: points),
                    applicable: try field(indicator, "applicable"), passed: Int(try number(indicator, "passed")),
                    failed: Int(try number(indicator, "failed")), undecided: Int(try number(indicator, "undecided")))
            },
            failures: RollupRecord.failures(shortfalls, failed: failed))
    }

    /// `score` with `score_min`/`score_max` when the results carry them; otherwise exact when
    /// complete, else between 0 and the points.
    private static func bounds(_ object: [String: Any], points: Double) throws(FieldProblem) -> RollupRecord.Bounds {
        let score = try number(object, "score")
        if let low = object["score_min"] as? NSNumber, let high = object["score_max"] as? NSNumber {
            return RollupRecord.Bounds(score, min: low.doubleValue, max: high.doubleValue)
        }
        let exact = (object["complete"] as? Bool) ?? ((object["undecided"] as? NSNumber)?.intValue == 0)
        let applicable = (object["applicable"] as? Bool) ?? true
        return exact ? RollupRecord.Bounds(score, min: score, max: score) : RollupRecord.Bounds(score, min: 0, max: applicable ? points : 0)
    }

    private static func number(_ object: [String: Any], _ key: String) throws(FieldProblem) -> Double {
        guard let value = object[key] as? NSNumber, value.doubleValue.isFinite else {
            throw FieldProblem(message: "expected '\(key)' as a number")
        }
        return value.doubleValue
    }

    private static func field<T>(_ object: [String: Any], _ key: String) throws(FieldProblem) -> T {
        guard let value = object[key] as? T else { throw FieldProblem(message: "expected '\(key)' (\(T.self))") }
        return value
    }
}
