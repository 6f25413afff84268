import Foundation
import A11yRules
import A11yRollup

/// Writes and reads a ``A11yRollup/RollupState`` as JSON (`"format": "a11y-rules/rollup-partial"`,
/// `"version": 1`): the file `rollup --partial-out` writes and `rollup --merge` reads.
public enum RollupStateCodec {
    /// The format name.
    public static let format = "a11y-rules/rollup-partial"

    /// Why a partial-state file cannot be read.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        /// The file and what is wrong.
        public var file: String, message: String
        public var description: String { "\(file):1:1: error: \(message)" }
    }

    /// The JSON of a state; the programme's reporting dates are written so that a state is never
    /// merged against a programme whose dates have changed.
    public static func encode(_ state: RollupState, programme: Programme) -> String {
        let value: JSONValue = .object([
            ("format", .string(format)),
            ("version", .number(Double(RollupState.version))),
            ("programme", .string(state.programme)),
            ("reports", .array(programme.reports.map { .string($0.date.description) })),
            ("records", .number(Double(state.records))),
            ("indicators", .array(state.indicators.sorted { $0.key < $1.key }.map { key, t in
                .array([.string(key.division), .number(Double(key.report)), .string(key.scorecard), .string(key.indicator)]
                       + [t.reported, t.applicable, t.done, t.inProgress, t.notStarted, t.points, t.score, t.scoreMin, t.scoreMax,
                          t.passed, t.failed, t.undecided].map { .number(Double($0)) })
            })),
            ("scorecards", .array(state.scorecards.sorted { $0.key < $1.key }.map { key, t in
                .array([.string(key.division), .number(Double(key.report)), .string(key.scorecard)]
                       + [t.reported, t.passed, t.complete, t.score, t.scoreMin, t.scoreMax].map { .number(Double($0)) })
            })),
            ("assessments", .array(state.assessments.sorted { $0.key < $1.key }.flatMap { key, set in
                set.sorted().map { .array([.string(key.subject), .number(Double(key.report)), .string($0.assessed.description), .string($0.source)]) }
            })),
            ("failures", .array(state.failures.sorted { $0.key < $1.key }.map { key, t in
                .array([.number(Double(key.report)), .string(key.id), .number(Double(t.subjects)), .array(t.divisions.sorted().map(JSONValue.string))])
            })),
            ("problems", .array(state.problems.sorted().map { p in
                .array([.string(p.kind.rawValue), .string(p.subject), .optional(p.assessed?.description), .string(p.source)])
            })),
        ])
        return JSONWriter.write(value, pretty: false) + "\n"
    }

    /// Reads a state written by ``encode(_:programme:)``, checking it belongs to `programme`.
    public static func decode(contentsOf path: String, programme: Programme) throws(Problem) -> RollupState {
        func fail(_ message: String) -> Problem { Problem(file: path, message: message) }
        guard let data = FileManager.default.contents(atPath: path) else { throw fail("cannot read the file") }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["format"] as? String == format else { throw fail("expected a partial state ({\"format\": \"\(format)\", …})") }
        guard (object["version"] as? Int) == RollupState.version else { throw fail("unsupported partial-state version (this tool reads \(RollupState.version))") }
        guard let id = object["programme"] as? String, id == programme.id else {
            throw fail("the partial state is of programme '\(object["programme"] as? String ?? "?")', not '\(programme.id)'")
        }
        guard let dates = object["reports"] as? [String], dates == programme.reports.map(\.date.description) else {
            throw fail("the partial state's reporting dates differ from programme '\(programme.id)''s; roll the shards up again")
        }
        var state = RollupState(programme: id)
        state.records = object["records"] as? Int ?? 0
        func rows(_ key: String) throws(Problem) -> [[Any]] {
            guard let rows = object[key] as? [[Any]] else { throw fail("expected '\(key)' as a list of rows") }
            return rows
        }
        func ints(_ row: [Any], from: Int, count: Int, _ what: String) throws(Problem) -> [Int] {
            let values = row.dropFirst(from).compactMap { $0 as? Int }
            guard row.count == from + count, values.count == count else { throw fail("a row of '\(what)' has the wrong shape") }
            return values
        }
        for row in try rows("indicators") {
            guard row.count >= 4, let division = row[0] as? String, let report = row[1] as? Int, let card = row[2] as? String,
                  let indicator = row[3] as? String, dates.indices.contains(report) else { throw fail("a row of 'indicators' has the wrong shape") }
            let v = try ints(row, from: 4, count: 12, "indicators")
            var t = IndicatorTally()
            (t.reported, t.applicable, t.done, t.inProgress, t.notStarted, t.points) = (v[0], v[1], v[2], v[3], v[4], v[5])
            (t.score, t.scoreMin, t.scoreMax, t.passed, t.failed, t.undecided) = (v[6], v[7], v[8], v[9], v[10], v[11])
            state.indicators[IndicatorKey(division: division, report: report, scorecard: card, indicator: indicator)] = t
        }
        for row in try rows("scorecards") {
            guard row.count >= 3, let division = row[0] as? String, let report = row[1] as? Int, let card = row[2] as? String,
                  dates.indices.contains(report) else { throw fail("a row of 'scorecards' has the wrong shape") }
            let v = try ints(row, from: 3, count: 6, "scorecards")
            var t = ScorecardTally()
            (t.reported, t.passed, t.complete, t.score, t.scoreMin, t.scoreMax) = (v[0], v[1], v[2], v[3], v[4], v[5])
            state.scorecards[ScorecardKey(division: division, report: report, scorecard: card)] = t
        }
        for row in try rows("assessments") {
            guard row.count == 4, let subject = row[0] as? String, let report = row[1] as? Int, dates.indices.contains(report),
                  let day = (row[2] as? String).flatMap(Day.init), let source = row[3] as? String else { throw fail("a row of 'assessments' has the wrong shape") }
            state.assessments[SubjectReport(subject: subject, report: report), default: []].insert(Assessment(assessed: day, source: source))
        }
        for row in try rows("failures") {
            guard row.count == 4, let report = row[0] as? Int, let failure = row[1] as? String, let subjects = row[2] as? Int,
                  let divisions = row[3] as? [String], dates.indices.contains(report) else { throw fail("a row of 'failures' has the wrong shape") }
            var t = FailureTally()
            t.subjects = subjects
            t.divisions = Set(divisions)
            state.failures[FailureKey(report: report, id: failure)] = t
        }
        for row in try rows("problems") {
            guard row.count == 4, let kind = (row[0] as? String).flatMap(RollupProblem.Kind.init(rawValue:)), let subject = row[1] as? String,
                  let source = row[3] as? String else { throw fail("a row of 'problems' has the wrong shape") }
            state.problems.insert(RollupProblem(kind: kind, subject: subject, assessed: (row[2] as? String).flatMap(Day.init), source: source))
        }
        return state
    }
}
