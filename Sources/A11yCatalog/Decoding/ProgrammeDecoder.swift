import A11yModel
import A11yYAML

/// Decodes a `programme:` document (DSL §7) against the loaded scorecards: every scorecard, every
/// expected subject's scorecard and every item's indicator pattern must name something loaded, and
/// dates must run forward.
struct ProgrammeDecoder {
    let reader: NodeReader
    let scorecards: [Scorecard]

    static let keys = ["id", "title", "scorecards", "divisions", "items", "phases", "reports", "note"]
    static let divisionKeys = ["id", "name", "region", "subjects"]
    static let subjectKeys = ["id", "scorecard", "name"]
    static let itemKeys = ["id", "title", "indicators"]
    static let phaseKeys = ["id", "title", "from", "to"]
    static let reportKeys = ["date", "title"]

    private var log: DiagnosticLog { reader.log }

    func decode(_ node: YAMLNode) -> Programme? {
        guard let fields = reader.fields(node, "a programme", allowed: Self.keys, required: ["id", "scorecards", "divisions", "items", "reports"]),
              let id = reader.identifier(fields["id"], "the programme id") else { return nil }
        let cards = programmeScorecards(fields["scorecards"])
        let divisions = divisions(fields["divisions"], cards: cards)
        let items = items(fields["items"], cards: cards)
        let phases = phases(fields["phases"])
        let reports = reports(fields["reports"])
        if fields["divisions"] != nil && divisions.isEmpty {
            log.error("programme.empty", "a programme needs at least one division", at: reader.location(fields["divisions"] ?? node))
        }
        if fields["reports"] != nil && reports.isEmpty {
            log.error("programme.empty", "a programme needs at least one reporting date", at: reader.location(fields["reports"] ?? node))
        }
        return Programme(
            id: id, title: reader.localized(fields["title"], "title"), scorecards: cards.map(\.id), divisions: divisions,
            items: items, phases: phases, reports: reports, note: reader.localized(fields["note"], "note"),
            location: reader.location(node))
    }

    private func programmeScorecards(_ node: YAMLNode?) -> [Scorecard] {
        var result: [Scorecard] = []
        for item in reader.list(node, "scorecards", lenient: true) {
            guard let id = reader.identifier(item, "a scorecard id") else { continue }
            guard let scorecard = scorecards.first(where: { $0.id == id }) else {
                log.error("catalog.unknown-reference", "unknown scorecard '\(id)' (no scorecard with that id is loaded)",
                          at: reader.location(item), length: reader.length(item),
                          suggestion: Suggestion.closest(to: id, in: scorecards.map(\.id)))
                continue
            }
            if result.contains(where: { $0.id == id }) {
                log.error("catalog.duplicate-id", "scorecard '\(id)' is listed twice", at: reader.location(item), length: reader.length(item))
                continue
            }
            result.append(scorecard)
        }
        return result
    }

    private func divisions(_ node: YAMLNode?, cards: [Scorecard]) -> [Division] {
        var result: [Division] = []
        var divisionIDs: [String: SourceLocation] = [:]
        var subjectIDs: [String: SourceLocation] = [:]
        for item in reader.list(node, "divisions") {
            guard let fields = reader.fields(item, "a division", allowed: Self.divisionKeys, required: ["id", "subjects"]),
                  let id = reader.identifier(fields["id"], "the division id") else { continue }
            if let first = divisionIDs[id] {
                log.error("catalog.duplicate-id", "division '\(id)' is listed twice", at: reader.location(item),
                          notes: [DiagnosticNote("first listed here", at: first)])
                continue
            }
            divisionIDs[id] = reader.location(item)
            var subjects: [ExpectedSubject] = []
            for subjectNode in reader.list(fields["subjects"], "subjects") {
                guard let subject = expectedSubject(subjectNode, cards: cards) else { continue }
                if let first = subjectIDs[subject.id] {
                    log.error("catalog.duplicate-id", "subject '\(subject.id)' is expected twice (each subject belongs to one division)",
                              at: subject.location, notes: [DiagnosticNote("first expected here", at: first)])
                    continue
                }
                subjectIDs[subject.id] = subject.location
                subjects.append(subject)
            }
            result.append(Division(
                id: id, name: reader.localized(fields["name"], "name"), region: reader.strings(fields["region"], "region"),
                subjects: subjects, location: reader.location(item)))
        }
        return result
    }

    private func expectedSubject(_ node: YAMLNode, cards: [Scorecard]) -> ExpectedSubject? {
        guard let fields = reader.fields(node, "an expected subject", allowed: Self.subjectKeys, required: ["id", "scorecard"]),
              let id = reader.identifier(fields["id"], "the subject id"),
              let cardNode = fields["scorecard"], let card = reader.identifier(cardNode, "the subject's scorecard") else { return nil }
        guard cards.contains(where: { $0.id == card }) else {
            log.error("programme.unknown-scorecard", "scorecard '\(card)' is not one of the programme's scorecards (\(cards.map(\.id).joined(separator: ", ")))",
                      at: reader.location(cardNode), length: reader.length(cardNode),
                      suggestion: Suggestion.closest(to: card, in: cards.map(\.id)))
            return nil
        }
        return ExpectedSubject(id: id, scorecard: card, name: reader.localized(fields["name"], "name"), location: reader.location(node))
    }

    /// Items: every pattern must match an indicator of the programme's scorecards; an indicator
    /// matched by two items is an error (it would count twice), one matched by none a warning.
    private func items(_ node: YAMLNode?, cards: [Scorecard]) -> [PlanItem] {
        var result: [PlanItem] = []
        var owner: [String: (item: String, location: SourceLocation)] = [:]
        let keys = cards.flatMap { card in card.indicators.map { "\(card.id):\($0.id)" } }
        for itemNode in reader.list(node, "items") {
            guard let fields = reader.fields(itemNode, "a plan item", allowed: Self.itemKeys, required: ["id", "indicators"]),
                  let id = reader.string(fields["id"], "the item id") else { continue }
            if result.contains(where: { $0.id == id }) {
                log.error("catalog.duplicate-id", "plan item '\(id)' is listed twice", at: reader.location(itemNode))
                continue
            }
            var patterns: [ClausePattern] = []
            for patternNode in reader.list(fields["indicators"], "indicators", lenient: true) {
                guard let text = reader.string(patternNode, "an indicator pattern") else { continue }
                let pattern = ClausePattern(text)
                let matched = keys.filter(pattern.matches)
                if matched.isEmpty {
                    log.error("programme.unknown-indicator", "'\(text)' matches no indicator of the programme's scorecards (write SCORECARD:INDICATOR, * for any run of characters)",
                              at: reader.location(patternNode), length: reader.length(patternNode),
                              suggestion: Suggestion.closest(to: text, in: keys))
                    continue
                }
                for key in matched {
                    if let first = owner[key], first.item != id {
                        log.error("programme.indicator-twice", "indicator '\(key)' is already in item \(first.item); an indicator belongs to one item",
                                  at: reader.location(patternNode), length: reader.length(patternNode),
                                  notes: [DiagnosticNote("taken by this pattern", at: first.location)])
                    } else {
                        owner[key] = (id, reader.location(patternNode))
                    }
                }
                patterns.append(pattern)
            }
            result.append(PlanItem(id: id, title: reader.localized(fields["title"], "title"), indicators: patterns, location: reader.location(itemNode)))
        }
        if let node, !result.isEmpty {
            for key in keys where owner[key] == nil {
                log.warning("programme.unplaced-indicator", "indicator '\(key)' belongs to no plan item; the rollup shows it under indicators only",
                            at: reader.location(node))
            }
        }
        return result
    }

    private func phases(_ node: YAMLNode?) -> [Phase] {
        var result: [Phase] = []
        for item in reader.list(node, "phases") {
            guard let fields = reader.fields(item, "a phase", allowed: Self.phaseKeys, required: ["id", "to"]),
                  let id = reader.identifier(fields["id"], "the phase id"),
                  let to = reader.date(fields["to"], "to") else { continue }
            let from = reader.date(fields["from"], "from")
            if let from, to < from {
                log.error("programme.bad-dates", "phase '\(id)' ends (\(to)) before it starts (\(from))", at: reader.location(fields["to"] ?? item))
                continue
            }
            if let previous = result.last, to < previous.to {
                log.error("programme.bad-dates", "phase '\(id)' ends (\(to)) before the phase listed before it ('\(previous.id)', \(previous.to)); list phases in date order",
                          at: reader.location(fields["to"] ?? item))
                continue
            }
            result.append(Phase(id: id, title: reader.localized(fields["title"], "title"), from: from, to: to, location: reader.location(item)))
        }
        return result
    }

    /// Reporting dates: `- 2022-08-28` or `- {date: 2022-08-28, title: …}`, strictly increasing.
    private func reports(_ node: YAMLNode?) -> [ReportingDate] {
        var result: [ReportingDate] = []
        for item in reader.list(node, "reports") {
            let date: Day?
            var title = LocalizedText()
            if item.scalar != nil {
                date = reader.date(item, "a reporting date")
            } else {
                guard let fields = reader.fields(item, "a reporting date", allowed: Self.reportKeys, required: ["date"]) else { continue }
                date = reader.date(fields["date"], "date")
                title = reader.localized(fields["title"], "title")
            }
            guard let date else { continue }
            if let previous = result.last, date <= previous.date {
                log.error("programme.bad-dates", "reporting date \(date) is not after the one before it (\(previous.date)); list reporting dates in date order, each once",
                          at: reader.location(item), length: reader.length(item))
                continue
            }
            result.append(ReportingDate(date: date, title: title, location: reader.location(item)))
        }
        return result
    }
}
