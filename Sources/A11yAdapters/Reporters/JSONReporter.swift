import A11yRules

/// The JSON results of DSL §6 (`"format": "a11y-rules/results"`, `"version": 1`), written straight as
/// bytes by a ``JSONStreamWriter``: a results document, or JSON Lines (one subject result per line).
public struct JSONReporter: ResultReporter {
    /// The `--format` name: `json`.
    public static let identifier = "json"
    /// The results format version written.
    public static let version = 1

    /// Whether to indent with two spaces; false writes compact JSON.
    public var pretty: Bool
    /// The tool, version and catalog digest written as the document's (or each line's) `generator`.
    public var generator: ReportContext.Generator

    /// Creates a reporter.
    public init(pretty: Bool = true, generator: ReportContext.Generator = .init()) {
        self.pretty = pretty
        self.generator = generator
    }

    /// The whole results document (`{"format": "a11y-rules/results", …}`) as JSON text.
    public func report(_ results: [SubjectResult], catalog: Catalog) -> String {
        var json = JSONStreamWriter(pretty: pretty)
        writeDocument(results, to: &json)
        return json.text
    }

    /// Writes the whole results document, then a newline when pretty.
    public func writeDocument(_ results: [SubjectResult], to json: inout JSONStreamWriter) {
        beginDocument(&json)
        for result in results { writeSubject(result, to: &json) }
        endDocument(&json)
    }

    /// Opens the results document: `{"format": …, "version": 1, "subjects": [`. Write each subject with
    /// ``writeSubject(_:to:)``, then close it with ``endDocument(_:)``.
    public func beginDocument(_ json: inout JSONStreamWriter) {
        json.beginObject()
        json.key("format"); json.string("a11y-rules/results")
        json.key("version"); json.integer(Self.version)
        json.key("generator"); writeGenerator(&json)
        json.key("subjects"); json.beginArray()
    }

    /// Closes the document opened by ``beginDocument(_:)`` (with a final newline when pretty) and flushes.
    public func endDocument(_ json: inout JSONStreamWriter) {
        json.endArray()
        json.endObject()
        if pretty { json.raw("\n") }
        json.flush()
    }

    /// Writes one result as a line of JSON Lines output: `{"format": "a11y-rules/subject-result",
    /// "version": 1, …}` and a newline.
    public func writeLine(_ result: SubjectResult, to json: inout JSONStreamWriter) {
        json.beginObject()
        json.key("format"); json.string("a11y-rules/subject-result")
        json.key("version"); json.integer(Self.version)
        json.key("generator"); writeGenerator(&json)
        fields(result, &json)
        json.endObject()
        json.raw("\n")
    }

    /// Each result encoded on all cores: as a JSON Lines line (`lines`, with its newline), or as the
    /// subject object ``writeSubject(_:to:)`` writes at indentation level `depth` (pass the document
    /// writer's ``JSONStreamWriter/depth`` and write each with ``JSONStreamWriter/encoded(_:)``).
    public func encode(_ results: some Collection<SubjectResult>, lines: Bool, depth: Int = 0) -> [[UInt8]] {
        ParallelMap.map(Array(results), minimumCount: 2) { result in
            var json = JSONStreamWriter(pretty: pretty && !lines, depth: depth)
            // About what a finding, a clause verdict, an indicator and each check it lists (twice) take, so the
            // buffer rarely grows (each growth copies it).
            let checks = result.scorecards.reduce(0) { total, card in
                card.indicators.reduce(total) { $0 + 400 + 2 * 24 * ($1.failedChecks.count + $1.undecidedChecks.count) }
            }
            json.reserve(4096 + result.findings.count * 420 + result.clauses.count * 90 + checks)
            if lines { writeLine(result, to: &json) } else { writeSubject(result, to: &json) }
            return json.takeBytes()
        }
    }

    /// `results` in slices of a few per core, for ``encode(_:lines:depth:)``.
    static func slices(of results: [SubjectResult]) -> [ArraySlice<SubjectResult>] {
        let size = 8
        return stride(from: 0, to: results.count, by: size).map { results[$0..<min(results.count, $0 + size)] }
    }

    /// Writes one subject's JSON object (an element of the document's `subjects`).
    public func writeSubject(_ result: SubjectResult, to json: inout JSONStreamWriter) {
        json.beginObject()
        fields(result, &json)
        json.endObject()
    }

    /// Writes the `generator` object: `{"name", "version", "catalogs": {"digest", "files"} or null}`.
    public func writeGenerator(_ json: inout JSONStreamWriter) {
        json.beginObject()
        json.key("name"); json.string(generator.name)
        json.key("version"); json.string(generator.version)
        json.key("catalogs")
        if let digest = generator.catalogDigest {
            json.beginObject()
            json.key("digest"); json.string(digest.value)
            json.key("files"); json.integer(digest.fileCount)
            json.endObject()
        } else {
            json.null()
        }
        json.endObject()
    }

    private func fields(_ result: SubjectResult, _ json: inout JSONStreamWriter) {
        json.key("id"); json.string(result.id)
        json.key("kind"); json.string(result.kind)
        json.key("name"); localized(result.name, &json)
        json.key("source"); json.string(result.source)
        json.key("region"); json.strings(result.region)
        json.key("assessed"); json.string(result.assessed?.description)
        json.key("summary"); json.beginObject()
        let counts = result.counts
        for outcome in Outcome.allCases {
            json.key(outcome.rawValue); json.integer(counts[outcome] ?? 0)
        }
        json.endObject()
        if !result.selection.isAll {
            // Findings are a selection: say which, so the list is never taken for all of them.
            json.key("listed"); json.beginObject()
            json.key("outcomes"); json.beginArray()
            for outcome in Outcome.allCases where result.selection.outcomes.contains(outcome) { json.string(outcome.rawValue) }
            json.endArray()
            json.key("standards")
            if let standards = result.selection.standards {
                json.beginArray()
                for standard in standards.sorted() { json.string(standard) }
                json.endArray()
            } else {
                json.null()
            }
            json.key("scorecards")
            if let scorecards = result.selection.scorecards {
                json.strings(scorecards.sorted())
            } else {
                json.null()
            }
            json.key("waived_failures")
            if let waived = result.waivedFailureTotal { json.integer(waived) } else { json.null() }
            json.endObject()
        }
        json.key("findings"); json.beginArray()
        for finding in result.findings { self.finding(finding, &json) }
        json.endArray()
        json.key("clauses")
        if result.clauses.count > 8 {
            var encoding = ClauseVerdictEncoding(for: json)
            json.beginArray()
            for verdict in result.clauses { encoding.write(verdict, to: &json) }
            json.endArray()
        } else {
            json.beginArray()
            for verdict in result.clauses { ClauseVerdictEncoding.write(verdict, to: &json) }
            json.endArray()
        }
        json.key("scorecards"); json.beginArray()
        for card in result.scorecards { scorecard(card, &json) }
        json.endArray()
    }

    private func finding(_ f: Finding, _ json: inout JSONStreamWriter) {
        json.beginObject()
        json.key("rule"); json.string(f.rule)
        json.key("clause"); json.string(f.clause)
        json.key("part"); json.string(f.part)
        json.key("instance"); json.string(f.instance)
        json.key("outcome"); json.string(f.outcome.rawValue)
        json.key("severity"); json.string(f.severity.rawValue)
        json.key("observed"); json.beginObject()
        for (name, value) in f.observed { json.key(name); json.string(value) }
        json.endObject()
        json.key("expected"); json.string(f.expected)
        json.key("missing"); json.strings(f.missing)
        json.key("reason"); json.string(f.reason?.en ?? f.reason?.zh)
        json.key("reason_text")
        if let reason = f.reason { localized(reason, &json) } else { json.null() }
        json.key("message")
        if let message = f.message { localized(message, &json) } else { json.null() }
        json.key("location")
        if let location = f.location { self.location(location, &json) } else { json.null() }
        json.key("waiver")
        if let applied = f.waiver {
            json.beginObject()
            json.key("key"); json.string(applied.key)
            json.key("reason"); json.string(applied.waiver.reason)
            json.key("until"); json.string(applied.waiver.until?.description)
            json.key("by"); json.string(applied.waiver.by)
            json.key("instance"); json.string(applied.waiver.instance)
            json.key("expired"); json.bool(applied.isExpired)
            json.key("location"); location(applied.waiver.location, &json)
            json.endObject()
        } else {
            json.null()
        }
        json.key("answered"); json.bool(f.isAnswered)
        json.key("answer")
        if let answer = f.answer {
            json.beginObject()
            json.key("note"); json.string(answer.note)
            json.key("by"); json.string(answer.by)
            json.key("date"); json.string(answer.date?.description)
            json.key("instance"); json.string(answer.instance)
            json.key("source")
            if let source = answer.source { evidence(source, &json) } else { json.null() }
            json.key("outcome"); json.string(answer.outcome.rawValue)
            json.key("location"); location(answer.location, &json)
            json.endObject()
        } else {
            json.null()
        }
        json.key("superseded_by"); json.strings(f.supersededBy)
        json.key("corroborates"); json.string(f.corroborates)
        json.key("corroborated_by"); json.strings(f.corroboratedBy)
        json.key("confidence"); json.string(f.confidence?.rawValue)
        json.key("obligation"); json.string(f.obligation?.rawValue)
        json.key("mandatory"); json.bool(f.isMandatory)
        json.key("observed_values"); json.beginArray()
        for value in f.observedValues { observed(value, &json) }
        json.endArray()
        json.endObject()
    }

    /// `{"name", "text", "type", "value", "unit", "accuracy", "dimension", "file", "line", "column"}`: numbers exactly, in the
    /// notation the file wrote (see ``ObservedValue/amount``).
    private func observed(_ v: ObservedValue, _ json: inout JSONStreamWriter) {
        json.beginObject()
        json.key("name"); json.string(v.name)
        json.key("text"); json.string(v.text)
        json.key("type"); json.string(v.kind)
        json.key("value")
        switch v.value {
        case .bool(let b): json.bool(b)
        case .text(let t): json.string(t)
        case .date(let d): json.string(d.description)
        case .quantity: if let amount = v.amount { json.exactNumber(amount) } else { json.null() }
        }
        json.key("unit"); json.string(v.unit)
        json.key("accuracy")
        if let accuracy = v.accuracy { json.exactNumber(accuracy) } else { json.null() }
        json.key("dimension")
        if case .quantity(let q) = v.value { json.string(q.dimension.rawValue) } else { json.null() }
        json.key("file"); json.string(v.location?.file)
        json.key("line")
        if let line = v.location?.line { json.integer(line) } else { json.null() }
        json.key("column")
        if let column = v.location?.column { json.integer(column) } else { json.null() }
        json.endObject()
    }

    private func location(_ location: SourceLocation, _ json: inout JSONStreamWriter) {
        json.beginObject()
        json.key("file"); json.string(location.file)
        json.key("line"); json.integer(location.line)
        json.key("column"); json.integer(location.column)
        json.endObject()
    }

    private func evidence(_ s: EvidenceSource, _ json: inout JSONStreamWriter) {
        json.beginObject()
        json.key("tool"); json.string(s.tool)
        json.key("version"); json.string(s.version)
        json.key("engine"); json.string(s.engine)
        json.key("url"); json.string(s.url)
        json.key("time"); json.string(s.time)
        json.key("rules"); json.strings(s.rules)
        json.key("selectors"); json.strings(s.selectors)
        json.key("confidence"); json.string(s.confidence?.rawValue)
        json.key("file"); json.string(s.file)
        json.endObject()
    }

    private func scorecard(_ s: ScorecardResult, _ json: inout JSONStreamWriter) {
        json.beginObject()
        json.key("id"); json.string(s.id)
        json.key("title"); localized(s.title, &json)
        json.key("score"); json.number(s.score)
        json.key("score_min"); json.number(s.scoreMin)
        json.key("score_max"); json.number(s.scoreMax)
        json.key("passed"); json.bool(s.passed)
        json.key("passed_at_min"); json.bool(s.passedAtMin)
        json.key("passed_at_max"); json.bool(s.passedAtMax)
        json.key("complete"); json.bool(s.isComplete)
        json.key("pass_mark")
        if let mark = s.passMark { json.number(mark) } else { json.null() }
        json.key("grade")
        if let grade = s.grade { localized(grade, &json) } else { json.null() }
        json.key("grade_at_min")
        if let grade = s.gradeAtMin { localized(grade, &json) } else { json.null() }
        json.key("grade_at_max")
        if let grade = s.gradeAtMax { localized(grade, &json) } else { json.null() }
        json.key("vetoed"); json.bool(s.vetoed)
        json.key("vetoed_at_min"); json.bool(s.vetoedAtMin)
        json.key("indicators"); json.beginArray()
        for i in s.indicators {
            json.beginObject()
            json.key("id"); json.string(i.id)
            json.key("title"); localized(i.title, &json)
            json.key("points"); json.number(i.points)
            json.key("score"); json.number(i.score)
            json.key("score_min"); json.number(i.scoreMin)
            json.key("score_max"); json.number(i.scoreMax)
            json.key("applicable"); json.bool(i.applicable)
            json.key("passed"); json.integer(i.passed)
            json.key("failed"); json.integer(i.failed)
            json.key("undecided"); json.integer(i.undecided)
            json.key("waived"); json.integer(i.waived)
            json.key("veto_failed"); json.bool(i.vetoFailed)
            // The same checks in two lists: each escaped once.
            let failed = json.encodedElements(i.failedChecks), undecided = json.encodedElements(i.undecidedChecks)
            json.key("shortfalls"); json.array(encodedElements: failed, undecided)
            json.key("failed_checks"); json.array(encodedElements: failed)
            json.key("undecided_checks"); json.array(encodedElements: undecided)
            json.key("corroborating"); json.beginArray()
            for c in i.corroborating {
                json.beginObject()
                json.key("rule"); json.string(c.rule)
                json.key("instance"); json.string(c.instance)
                json.key("governing"); json.string(c.governing)
                json.endObject()
            }
            json.endArray()
            json.key("explanation"); json.string(i.explanation?.rawValue)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private func localized(_ text: LocalizedText, _ json: inout JSONStreamWriter) {
        json.beginObject()
        json.key("zh"); json.string(text.zh)
        json.key("en"); json.string(text.en)
        json.endObject()
    }
}
