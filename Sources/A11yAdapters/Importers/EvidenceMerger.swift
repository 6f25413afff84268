import A11yRules

/// Merges page evidence into a subject: each page becomes (or joins) a `page` instance matched by
/// `url`, measured values fill attributes the subject leaves empty, and findings go to the subject's
/// `evidence`. A person's value or answer governs: where imported evidence disagrees with it, the
/// merge keeps the person's and reports the conflict as a warning.
public struct EvidenceMerger: Sendable {
    /// The catalog the subject is evaluated against (its vocabularies and clause ids).
    public var catalog: Catalog

    /// Creates a merger.
    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// The subject with the evidence merged in, and the conflicts and problems found.
    public func merge(_ pages: [PageEvidence], into subject: Subject) -> (subject: Subject, diagnostics: [Diagnostic]) {
        var subject = subject
        var diagnostics: [Diagnostic] = []
        guard let pageKind = catalog.vocabularies[subject.kind]?.part("page"), let urlSpec = pageKind.attribute("url") else {
            diagnostics.append(Diagnostic(
                id: "evidence.wrong-kind",
                message: "subject '\(subject.id)' is a '\(subject.kind)', whose vocabulary has no page part with a url: web evidence is for website subjects",
                location: subject.location))
            return (subject, diagnostics)
        }
        let clauses = Set(catalog.clauses(forSubjectKind: subject.kind).map(\.id))
        var instances = subject.parts["page"] ?? []
        for page in pages {
            let at = SourceLocation(file: page.source.file ?? "evidence", line: 1, column: 1)
            let index: Int
            if let found = instances.firstIndex(where: { $0.attributes["url"].map { Self.sameURL($0.text, page.url) } ?? false }) {
                index = found
            } else {
                let id = PageID.make(from: page.url, avoiding: Set(instances.map(\.id)))
                var instance = PartInstance(id: id, location: at)
                if case .success(let value) = Value.parse(page.url, as: urlSpec.type) {
                    instance.attributes["url"] = Observation(value, at: at, text: page.url)
                }
                instances.append(instance)
                index = instances.count - 1
            }
            let pageID = instances[index].id
            for measured in page.attributes {
                guard let spec = pageKind.attribute(measured.name), case .success(let value) = Value.parse(measured.value, as: spec.type) else {
                    diagnostics.append(Diagnostic(id: "evidence.unknown-attribute", severity: .warning,
                                                  message: "page attribute '\(measured.name)' is not in vocabulary '\(subject.kind)'; \(measured.detail) was not recorded", location: at))
                    continue
                }
                if let given = instances[index].attributes[measured.name] {
                    if given.text != measured.value {
                        diagnostics.append(Diagnostic(
                            id: "evidence.conflict", severity: .warning,
                            message: "page '\(pageID)': the subject gives \(measured.name) \(given.text), but \(tool(measured.source)) measured \(measured.value) (\(measured.source.rules.joined(separator: ", ")), \(measured.detail)); the subject's value is kept",
                            location: given.location, notes: [DiagnosticNote("evidence for \(page.url)", at: at)]))
                    }
                    continue
                }
                instances[index].attributes[measured.name] = Observation(value, at: at, text: measured.value)
            }
            for entry in page.entries {
                guard clauses.contains(entry.clause) else {
                    diagnostics.append(Diagnostic(
                        id: "evidence.unknown-clause", severity: .warning,
                        message: "the mapping names clause '\(entry.clause)', which the loaded catalogs do not hold for '\(subject.kind)' subjects; the \(entry.outcome.rawValue) finding for page '\(pageID)' was not recorded",
                        location: at))
                    continue
                }
                if !entry.attributes.isEmpty, entry.attributes.contains(where: { instances[index].attributes[$0] != nil }) { continue }
                if let answer = subject.answers[entry.clause], answer.source == nil, conflicts(answer.outcome, entry.outcome) {
                    diagnostics.append(Diagnostic(
                        id: "evidence.conflict", severity: .warning,
                        message: "the answer to '\(entry.clause)' is \(answer.outcome.rawValue), but \(tool(entry.source)) found it \(entry.outcome.rawValue) on page '\(pageID)' (\(entry.source.rules.joined(separator: ", "))); the person's answer governs",
                        location: answer.location, notes: [DiagnosticNote("evidence for \(page.url)", at: at)]))
                }
                var list = subject.evidence[entry.clause] ?? []
                list.removeAll { $0.instance == pageID && $0.source?.tool == entry.source.tool }
                list.append(Answer(outcome: entry.outcome, note: entry.note, instance: pageID, location: at, source: entry.source))
                subject.evidence[entry.clause] = list
            }
        }
        subject.parts["page"] = instances
        return (subject, diagnostics)
    }

    /// Whether two addresses name the same page: equal once a `#fragment` and a trailing `/` are dropped.
    public static func sameURL(_ a: String, _ b: String) -> Bool {
        func normal(_ url: String) -> Substring {
            var text = Substring(url)
            if let hash = text.firstIndex(of: "#") { text = text[..<hash] }
            while text.hasSuffix("/") { text = text.dropLast() }
            return text
        }
        return normal(a) == normal(b)
    }

    private func tool(_ source: EvidenceSource) -> String {
        [source.tool, source.version].compactMap { $0 }.joined(separator: " ")
    }

    private func conflicts(_ person: Outcome, _ tool: Outcome) -> Bool {
        switch (person, tool) {
        case (.passed, .failed), (.inapplicable, .failed), (.failed, .passed): return true
        default: return false
        }
    }
}
