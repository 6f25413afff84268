import Foundation
import Testing
import A11yRules
import A11yRollup
import A11yAdapters
import A11yBenchmarking

@Suite("Programme rollup")
struct RollupTests {
    let load = ProgrammeFixture.load()
    var programme: Programme { load.catalog.programme("P")! }

    /// A record of `subject` on `date`: ramps with the given check counts, green channel passed or failed.
    func record(_ subject: String, _ date: String, ramps: (passed: Int, failed: Int, undecided: Int) = (2, 0, 0),
                green: Bool = true, source: String = "s.yaml") -> RollupRecord {
        let rampPoints = 60.0 * Double(ramps.passed) / Double(max(1, ramps.passed + ramps.failed + ramps.undecided))
        let rampMax = 60.0 * Double(ramps.passed + ramps.undecided) / Double(max(1, ramps.passed + ramps.failed + ramps.undecided))
        let indicators = [
            RollupRecord.Indicator(id: "ramps", points: 60, score: .init(rampPoints, min: rampPoints, max: rampMax), applicable: true,
                                   passed: ramps.passed, failed: ramps.failed, undecided: ramps.undecided),
            RollupRecord.Indicator(id: "green", points: 40, score: .init(green ? 40 : 0, min: green ? 40 : 0, max: green ? 40 : 0),
                                   applicable: true, passed: green ? 1 : 0, failed: green ? 0 : 1, undecided: 0),
        ]
        let total = indicators.reduce(0) { $0 + $1.score.value }
        return RollupRecord(
            subject: subject, assessed: Day(date), source: source,
            scorecards: [.init(id: "CARD", score: .init(total, min: total, max: indicators.reduce(0) { $0 + $1.score.max }),
                               passed: total >= 60, isComplete: ramps.undecided == 0, indicators: indicators,
                               failures: (green ? [] : ["CARD:green#window"]) + (ramps.failed > 0 ? ["T-1:3.4.2#width"] : []))])
    }

    func rollup(_ records: [RollupRecord]) -> Rollup {
        var accumulator = RollupAccumulator(programme: programme)
        for record in records { accumulator.add(record) }
        return Rollup(programme: programme, scorecards: load.catalog.scorecards, state: accumulator.state)
    }

    @Test func statusRuleForOneSubject() {
        #expect(StatusRule.subject(applicable: false, passed: 3, failed: 0, undecided: 0) == .inapplicable)
        #expect(StatusRule.subject(applicable: true, passed: 3, failed: 0, undecided: 0) == .done)
        #expect(StatusRule.subject(applicable: true, passed: 0, failed: 0, undecided: 0) == .done, "everything waived")
        #expect(StatusRule.subject(applicable: true, passed: 2, failed: 1, undecided: 0) == .inProgress)
        #expect(StatusRule.subject(applicable: true, passed: 2, failed: 0, undecided: 1) == .inProgress, "missing data is not done")
        #expect(StatusRule.subject(applicable: true, passed: 0, failed: 2, undecided: 1) == .notStarted)
    }

    @Test func statusRuleForItems() {
        #expect(StatusRule.item([.done, .inapplicable, .done]) == .done)
        #expect(StatusRule.item([.inapplicable]) == .inapplicable)
        #expect(StatusRule.item([.missing, .missing]) == .missing)
        #expect(StatusRule.item([.notStarted, .missing]) == .notStarted)
        #expect(StatusRule.item([.done, .missing]) == .inProgress)
        #expect(StatusRule.item([.done, .notStarted]) == .inProgress)
    }

    @Test func aDivisionIsDoneOnlyWhenEveryExpectedSubjectReported() throws {
        let picture = rollup([record("north-hall", "2022-08-20"), record("south-hall", "2022-08-21"),
                              record("north-hall", "2022-09-20"), record("north-annex", "2022-09-21")])
        let first = picture.reports[0].divisions
        #expect(first[0].missing.map(\.id) == ["north-annex"])
        #expect(first[0].items.map(\.status) == [.inProgress, .inProgress], "one of two subjects reported")
        #expect(first[1].items.map(\.status) == [.done, .done])
        let second = picture.reports[1]
        #expect(second.missingDivisions.map(\.division.id) == ["south"])
        #expect(second.divisions[1].items.map(\.status) == [.missing, .missing])
        #expect(second.divisions[1].items.allSatisfy { $0.change == nil }, "no change against a missing report")
        #expect(second.divisions[0].items.map(\.status) == [.done, .done])
        #expect(second.divisions[0].newlyDone.map(\.item.id) == ["A1", "A2"])
        #expect(second.items[0].counts[.missing] == 1 && second.items[0].counts[.done] == 1)
    }

    @Test func regressionsAndScoreDeltas() throws {
        let picture = rollup([record("south-hall", "2022-08-20", ramps: (4, 0, 0)),
                              record("south-hall", "2022-09-20", ramps: (3, 1, 0), green: false)])
        let south = picture.reports[1].divisions[1]
        let ramps = try #require(south.items.first)
        #expect(ramps.status == .inProgress)
        #expect(ramps.change?.previous == .done)
        #expect(ramps.change?.isRegression == true)
        #expect(ramps.change?.scoreDelta == -25)
        #expect(south.items[1].status == .notStarted)
        #expect(south.regressions.map(\.item.id) == ["A1", "A2"])
        #expect(picture.reports[1].failures.map(\.id) == ["CARD:green#window", "T-1:3.4.2#width"])
    }

    @Test func unplaceableResultsAreProblemsNotDropped() {
        let picture = rollup([record("nobody", "2022-08-20"), record("north-hall", "2022-11-20"),
                              RollupRecord(subject: "south-hall", assessed: nil, source: "x", scorecards: []),
                              RollupRecord(subject: "north-annex", assessed: Day("2022-08-01"), source: "y", scorecards: [])])
        let kinds: Set<RollupProblem.Kind> = Set(picture.state.problems.map(\.kind))
        #expect(kinds == [.afterLastReport, .missingScorecard, .notInProgramme, .undated])
        #expect(!picture.state.isClean)
        #expect(picture.reports.allSatisfy { $0.missingDivisions.count == 2 })
    }

    @Test func twoReportsOfOneSubjectForOneDateAreFlagged() {
        let picture = rollup([record("south-hall", "2022-08-20", source: "a"), record("south-hall", "2022-08-25", source: "b")])
        #expect(picture.state.duplicates.map(\.key.subject) == ["south-hall"])
        #expect(picture.state.duplicates.first?.assessments.map(\.source) == ["a", "b"])
        #expect(!picture.state.isClean)
    }

    /// The merge law: for random records and random shardings, merging the shards' states (in a
    /// random grouping and order) gives exactly the state of rolling everything up at once.
    @Test(arguments: 0..<40)
    func mergeOfShardsEqualsTheWhole(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed) &+ 0x9E37)
        let subjects = ["north-hall", "north-annex", "south-hall", "stray"]
        let dates = ["2022-08-01", "2022-08-28", "2022-09-01", "2022-09-28", "2022-10-15"]
        let records = (0..<Int(random.next() % 30)).map { i in
            record(subjects[Int(random.next() % 4)], dates[Int(random.next() % 5)],
                   ramps: (Int(random.next() % 4), Int(random.next() % 3), Int(random.next() % 2)),
                   green: random.next() % 2 == 0, source: "line \(i)")
        }
        let shardCount = 1 + Int(random.next() % 5)
        var shards = Array(repeating: RollupAccumulator(programme: programme), count: shardCount)
        for record in records { shards[Int(random.next() % UInt64(shardCount))].add(record) }
        var whole = RollupAccumulator(programme: programme)
        for record in records { whole.add(record) }
        // Merge in a random order, sometimes pairing shards first (associativity).
        var states = shards.map(\.state)
        while states.count > 1 {
            let i = Int(random.next() % UInt64(states.count))
            var left = states.remove(at: i)
            let j = Int(random.next() % UInt64(states.count))
            try left.merge(states.remove(at: j))
            states.append(left)
        }
        #expect(states[0] == whole.state)
    }

    @Test func statesOfDifferentProgrammesDoNotMerge() {
        var state = RollupState(programme: "P")
        #expect(throws: RollupMergeError.self) { try state.merge(RollupState(programme: "Q")) }
    }

    @Test func partialStatesRoundTripThroughJSON() throws {
        var accumulator = RollupAccumulator(programme: programme)
        for record in [record("north-hall", "2022-08-20", ramps: (1, 1, 1), green: false), record("nobody", "2022-08-20"),
                       record("south-hall", "2022-09-01"), record("south-hall", "2022-09-02", source: "again")] {
            accumulator.add(record)
        }
        let path = NSTemporaryDirectory() + "rollup-partial-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try RollupStateCodec.encode(accumulator.state, programme: programme).write(toFile: path, atomically: false, encoding: .utf8)
        #expect(try RollupStateCodec.decode(contentsOf: path, programme: programme) == accumulator.state)
    }

    @Test func savedResultsReadBackAsTheSameRecords() throws {
        let subject = """
        subject:
          id: north-hall
          kind: hall
          assessed: 2022-09-10
          facts: {has_green_channel_window: false}
          parts:
            ramp:
              - {id: east, clear_width: 0.9 m, slope: 1:12, rise: 450 mm, handrails: both-sides}
        """
        let loaded = ProgrammeFixture.load([("hall.yaml", subject)])
        let result = try #require(loaded.subjects.first.map { Evaluator(catalog: loaded.catalog).evaluate($0) })
        let path = NSTemporaryDirectory() + "rollup-results-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var line = JSONStreamWriter(pretty: false)
        JSONReporter(pretty: false).writeSubject(result, to: &line)
        try (line.text + "\n{not json\n").write(toFile: path, atomically: false, encoding: .utf8)
        var read: [RollupRecord] = []
        let problems = try ResultsReader.read(path) { read.append($0) }
        #expect(problems.map(\.line) == [2])
        var expected = RollupRecord(result)
        expected.source = "\(path):1 (hall.yaml)"
        #expect(read == [expected])
        #expect(read.first?.scorecards.first?.failures.contains("CARD:green#window") == true)
    }
}
