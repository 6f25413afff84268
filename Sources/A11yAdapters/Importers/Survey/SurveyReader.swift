import A11yRules

/// Reads filled survey sheets (``SurveyLayout``) back into a subject. Every cell that cannot be read
/// is a diagnostic at its file, row and column, saying what was expected and, where one is close,
/// what was probably meant; a blank value means "not surveyed" and is counted, never guessed.
public struct SurveyReader: Sendable {
    /// The catalog: its vocabularies type the values, its clause and rule ids check answers and waivers.
    public var catalog: Catalog

    /// Creates a reader.
    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// What reading gives.
    public struct Read: Sendable {
        func sorted() -> Read {
            var copy = self
            copy.diagnostics.sort { $0.location < $1.location }
            return copy
        }

        /// The subject, or nil when the sheets do not say which one (its id or kind is missing).
        public var subject: Subject?
        /// Every problem found; any error means the subject is incomplete and must not be used.
        public var diagnostics: [Diagnostic] = []
        /// Values read.
        public var filled = 0
        /// Rows left blank (not surveyed).
        public var blank = 0
    }

    private struct Cell {
        var text: String
        var location: SourceLocation
        var heading: String
    }

    private struct Row {
        var section: Cell
        var instance: Cell
        var attribute: Cell
        var unit: String
        var value: Cell
    }

    /// Reads sheets given as (path, text), in order; rows of later sheets add to earlier ones.
    public func read(_ sheets: [(path: String, text: String)]) -> Read {
        var read = Read()
        var rows: [Row] = []
        for sheet in sheets { rows += parse(sheet.path, sheet.text, into: &read) }
        var seen: [String: SourceLocation] = [:]
        rows = rows.filter { row in
            let key = [row.section.text, row.instance.text, row.attribute.text].joined(separator: "\u{1F}")
            if let first = seen[key] {
                read.diagnostics.append(error("survey.duplicate", row.value, "this value is given twice (section '\(row.section.text)', instance '\(row.instance.text)', attribute '\(row.attribute.text)'); only one can be kept",
                                              notes: [DiagnosticNote("first given here", at: first)]))
                return false
            }
            seen[key] = row.value.location
            return true
        }
        let subjectRows = rows.filter { resolveSection($0.section.text) == "subject" }
        func field(_ name: String) -> Cell? { subjectRows.first { $0.attribute.text == name || label(ofSubjectField: $0.attribute.text) == name }?.value }
        let origin = SourceLocation(file: sheets.first?.path ?? "survey", line: 1, column: 1)
        guard let kindCell = field("kind") else {
            read.diagnostics.append(Diagnostic(id: "survey.missing-subject-field", message: "the sheets do not say the subject's kind: fill the value of the row 'subject, kind' (e.g. facility or website)", location: origin))
            return read
        }
        guard let vocabulary = catalog.vocabularies[kindCell.text] else {
            read.diagnostics.append(error("survey.unknown-kind", kindCell, "unknown subject kind '\(kindCell.text)' (no vocabulary with that id is loaded)",
                                          suggestion: Suggestion.closest(to: kindCell.text, in: catalog.vocabularies.keys)))
            return read
        }
        var subject = Subject(id: "", kind: vocabulary.id, location: origin)
        var instanceOrder: [String: [String]] = [:]
        var instances: [String: [String: PartInstance]] = [:]
        var counts: [String: (Int, Cell)] = [:]
        var answers: [String: [String: Cell]] = [:]
        var waivers: [String: [String: Cell]] = [:]
        for row in rows {
            guard let section = resolveSection(row.section.text, vocabulary) else {
                let candidates = SurveyLayout.sections.map(\.id) + vocabulary.parts.map(\.name)
                read.diagnostics.append(error("survey.unknown-section", row.section, "unknown section '\(row.section.text)' (expected subject, facts, answers, waivers or a part kind of '\(vocabulary.id)')",
                                              suggestion: Suggestion.closest(to: row.section.text, in: candidates)))
                continue
            }
            read.filled += 1
            switch section {
            case "subject":
                subjectField(row, into: &subject, &read)
            case "facts":
                guard let spec = resolveAttribute(row.attribute, vocabulary.facts, "fact of '\(vocabulary.id)'", &read) else { continue }
                if let observation = value(row, spec, &read) { subject.facts[spec.name] = observation }
            case "answers", "waivers":
                let key = row.instance.text
                guard !key.isEmpty else {
                    read.diagnostics.append(error("survey.missing-instance", row.instance, "expected the clause or rule id this \(section == "answers" ? "answer" : "waiver") is for"))
                    continue
                }
                let fields = section == "answers" ? SurveyLayout.answerFields : SurveyLayout.waiverFields
                guard let name = fields.first(where: { $0.id == row.attribute.text || $0.zh == row.attribute.text || $0.en == row.attribute.text })?.id else {
                    read.diagnostics.append(error("survey.unknown-attribute", row.attribute, "unknown field '\(row.attribute.text)' of \(section) (expected \(fields.map(\.id).joined(separator: ", ")))",
                                                  suggestion: Suggestion.closest(to: row.attribute.text, in: fields.map(\.id))))
                    continue
                }
                if section == "answers" { answers[key, default: [:]][name] = row.value } else { waivers[key, default: [:]][name] = row.value }
                if section == "answers" { answers[key, default: [:]]["#key"] = row.instance } else { waivers[key, default: [:]]["#key"] = row.instance }
            default:
                guard let kind = vocabulary.part(section) else { continue }
                if row.attribute.text == "count" || row.attribute.text == "数量" {
                    guard let n = Int(row.value.text), n >= 0 else {
                        read.diagnostics.append(error("survey.bad-value", row.value, "expected how many \(kind.name) instances there are (a whole number ≥ 0), found '\(row.value.text)'"))
                        continue
                    }
                    counts[kind.name] = (n, row.value)
                    continue
                }
                let id = row.instance.text
                guard !id.isEmpty else {
                    read.diagnostics.append(error("survey.missing-instance", row.instance, "expected the id of the \(kind.name) instance this value belongs to (e.g. \(kind.name)-1)"))
                    continue
                }
                guard !id.contains(" ") else {
                    read.diagnostics.append(error("survey.bad-id", row.instance, "the instance id '\(id)' must not contain spaces"))
                    continue
                }
                if instances[kind.name]?[id] == nil {
                    instanceOrder[kind.name, default: []].append(id)
                    instances[kind.name, default: [:]][id] = PartInstance(id: id, location: row.instance.location)
                }
                switch row.attribute.text {
                case "name", "名称": instances[kind.name]?[id]?.name.zh = row.value.text
                case "name_en": instances[kind.name]?[id]?.name.en = row.value.text
                default:
                    guard let spec = resolveAttribute(row.attribute, kind.attributes, "attribute of part '\(kind.name)'", &read) else { continue }
                    if let observation = value(row, spec, &read) { instances[kind.name]?[id]?.attributes[spec.name] = observation }
                }
            }
        }
        for kind in vocabulary.parts.map(\.name) {
            let ids = instanceOrder[kind] ?? []
            if let (count, cell) = counts[kind], count != ids.count {
                read.diagnostics.append(error("survey.count-mismatch", cell, "the count says \(count) \(kind) instance\(count == 1 ? "" : "s"), but the sheets list \(ids.count)\(ids.isEmpty ? "" : " (\(ids.joined(separator: ", ")))")"))
            }
            if !ids.isEmpty || counts[kind] != nil {
                subject.parts[kind] = ids.compactMap { instances[kind]?[$0] }
            }
        }
        subject.answers = self.answers(answers, &read)
        subject.waivers = self.waivers(waivers, &read)
        if subject.id.isEmpty {
            read.diagnostics.append(Diagnostic(id: "survey.missing-subject-field", message: "the sheets do not give the subject's id: fill the value of the row 'subject, id'", location: origin))
            return read.sorted()
        }
        read.subject = subject
        return read.sorted()
    }

    // MARK: Cells

    private func parse(_ path: String, _ text: String, into read: inout Read) -> [Row] {
        let table: CSVTable
        switch CSVTable.parse(text) {
        case .success(let parsed): table = parsed
        case .failure(let failure):
            read.diagnostics.append(Diagnostic(id: "survey.bad-csv", message: "a quoted cell is never closed (a \" opens it and no \" ends it)",
                                               location: SourceLocation(file: path, line: failure.line, column: failure.column)))
            return []
        }
        guard let header = table.rows.first else {
            read.diagnostics.append(Diagnostic(id: "survey.bad-heading", message: "the sheet is empty (expected the heading row \(headings))", location: SourceLocation(file: path, line: 1, column: 1)))
            return []
        }
        var columns: [SurveyLayout.Column: Int] = [:]
        for (index, cell) in header.cells.enumerated() {
            let word = cell.trimmed.lowercased()
            if let column = SurveyLayout.Column.allCases.first(where: { $0.rawValue == word || $0.zh == word }) { columns[column] = index }
        }
        let needed: [SurveyLayout.Column] = [.section, .instance, .attribute, .value]
        let missing = needed.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            read.diagnostics.append(Diagnostic(
                id: "survey.bad-heading",
                message: "the heading row lacks \(missing.map { "'\($0.zh)' (\($0.rawValue))" }.joined(separator: ", ")); expected \(headings)",
                location: SourceLocation(file: path, line: header.line, column: 1)))
            return []
        }
        var rows: [Row] = []
        for row in table.rows.dropFirst() {
            func cell(_ column: SurveyLayout.Column) -> Cell {
                let index = columns[column] ?? 0
                var text = index < row.cells.count ? row.cells[index].trimmed : ""
                // CSVWriter writes `'=…` for a cell that a spreadsheet would run as a formula.
                if text.hasPrefix("'"), let next = text.unicodeScalars.dropFirst().first, ["=", "+", "-", "@"].contains(next) { text.removeFirst() }
                let offset = index < row.offsets.count ? row.offsets[index] : 1
                return Cell(text: text, location: SourceLocation(file: path, line: row.line, column: offset),
                            heading: "\(CSVTable.columnName(index + 1)) \(index < header.cells.count ? header.cells[index].trimmed : "")")
            }
            var attribute = cell(.attribute)
            if attribute.text.isEmpty, columns[.label] != nil { attribute = cell(.label) }
            let value = cell(.value)
            if value.text.isEmpty {
                read.blank += 1
                continue
            }
            rows.append(Row(section: cell(.section), instance: cell(.instance), attribute: attribute,
                            unit: columns[.unit] != nil ? cell(.unit).text : "", value: value))
        }
        return rows
    }

    private var headings: String { SurveyLayout.Column.allCases.map(\.zh).joined(separator: ",") }

    private func error(_ id: String, _ cell: Cell, _ message: String, suggestion: String? = nil, notes: [DiagnosticNote] = []) -> Diagnostic {
        Diagnostic(id: id, message: "column \(cell.heading): \(message)", location: cell.location,
                   length: max(1, cell.text.count), notes: notes, suggestion: suggestion)
    }

    private func resolveSection(_ word: String, _ vocabulary: Vocabulary? = nil) -> String? {
        if let section = SurveyLayout.sections.first(where: { $0.id == word || $0.zh.contains(word) }) { return section.id }
        guard let vocabulary else { return nil }
        return vocabulary.parts.first { $0.name == word || $0.title.zh == word || $0.title.en == word }?.name
    }

    private func label(ofSubjectField word: String) -> String? {
        SurveyLayout.subjectFields.first { $0.zh == word || $0.en == word }?.id
    }

    /// An attribute by id, or by its Chinese or English label when exactly one attribute has it.
    private func resolveAttribute(_ cell: Cell, _ specs: [AttributeSpec], _ what: String, _ read: inout Read) -> AttributeSpec? {
        if let spec = specs.first(where: { $0.name == cell.text }) { return spec }
        let byLabel = specs.filter { $0.title.zh == cell.text || $0.title.en == cell.text }
        if byLabel.count == 1 { return byLabel[0] }
        if byLabel.count > 1 {
            read.diagnostics.append(error("survey.ambiguous-attribute", cell, "the label '\(cell.text)' names \(byLabel.map(\.name).joined(separator: " and ")); write the attribute id instead"))
            return nil
        }
        read.diagnostics.append(error("survey.unknown-attribute", cell, "'\(cell.text)' is no \(what)",
                                      suggestion: Suggestion.closest(to: cell.text, in: specs.map(\.name) + specs.compactMap(\.title.zh))))
        return nil
    }

    private func subjectField(_ row: Row, into subject: inout Subject, _ read: inout Read) {
        let text = row.value.text
        switch label(ofSubjectField: row.attribute.text) ?? row.attribute.text {
        case "id":
            if text.contains(" ") {
                read.diagnostics.append(error("survey.bad-id", row.value, "the subject id '\(text)' must not contain spaces"))
            } else {
                subject.id = text
            }
        case "kind": break
        case "name": subject.name.zh = text
        case "name_en": subject.name.en = text
        case "note": subject.note.zh = text
        case "note_en": subject.note.en = text
        case "region": subject.region = text.split(whereSeparator: { $0 == "/" || $0 == "／" || $0 == "、" }).map { String($0).trimmed }.filter { !$0.isEmpty }
        case "assessed":
            guard let day = Day(text) else {
                read.diagnostics.append(error("survey.bad-value", row.value, "expected the date assessed as YYYY-MM-DD, found '\(text)'"))
                return
            }
            subject.assessed = day
        default:
            let names = SurveyLayout.subjectFields.map(\.id)
            read.diagnostics.append(error("survey.unknown-attribute", row.attribute, "unknown field '\(row.attribute.text)' of the subject (expected \(names.joined(separator: ", ")))",
                                          suggestion: Suggestion.closest(to: row.attribute.text, in: names)))
        }
    }

    /// A cell's value typed by `spec`, accepting Chinese yes/no words, Chinese unit names, a bare
    /// number with the sheet's unit column, and a case-insensitive enum value.
    private func value(_ row: Row, _ spec: AttributeSpec, _ read: inout Read) -> Observation? {
        var text = row.value.text
        switch spec.type {
        case .bool:
            if let word = SurveyLayout.boolWords[text.lowercased()] { text = word ? "true" : "false" }
        case .count:
            for suffix in ["个", "处", "台", "名", "人", "部", "间", "把", "套"] where text.hasSuffix(suffix) { text = String(text.dropLast()).trimmed }
        case .ratio:
            text = text.replacingScalar("：", with: ":")
        case .quantity:
            for (word, symbol) in SurveyLayout.unitWords where text.hasSuffix(word) {
                text = String(text.dropLast(word.count)).trimmed + " " + symbol
                break
            }
            if Double(text) != nil, !row.unit.isEmpty { text += " " + row.unit }
        case .enumeration(let values):
            if !values.contains(text), let match = values.first(where: { $0.lowercased() == text.lowercased() }) { text = match }
        default: break
        }
        switch Value.parse(text, as: spec.type) {
        case .success(let value):
            return Observation(value, at: row.value.location, text: text)
        case .failure(let failure):
            read.diagnostics.append(error("survey.bad-value", row.value, "\(spec.name): \(failure.message)", suggestion: failure.suggestion))
            return nil
        }
    }

    private func answers(_ given: [String: [String: Cell]], _ read: inout Read) -> [String: Answer] {
        var result: [String: Answer] = [:]
        for (key, fields) in given.sorted(by: { $0.key < $1.key }) {
            guard let keyCell = fields["#key"], known(key, keyCell, &read) else { continue }
            guard let cell = fields["outcome"] else {
                read.diagnostics.append(error("survey.missing-value", keyCell, "the answer to '\(key)' has no outcome row (expected passed, failed, inapplicable or cantTell)"))
                continue
            }
            guard let outcome = Outcome(rawValue: cell.text) ?? SurveyLayout.outcomeWords[cell.text], outcome != .untested else {
                let names = ["passed", "failed", "inapplicable", "cantTell"]
                read.diagnostics.append(error("survey.bad-value", cell, "unknown outcome '\(cell.text)' (expected \(names.joined(separator: ", ")), or 通过, 不通过, 不适用, 无法判断)",
                                              suggestion: Suggestion.closest(to: cell.text, in: names)))
                continue
            }
            result[key] = Answer(outcome: outcome, note: fields["note"]?.text, by: fields["by"]?.text, date: day(fields["date"], &read),
                                 instance: fields["instance"]?.text, location: cell.location)
        }
        return result
    }

    private func waivers(_ given: [String: [String: Cell]], _ read: inout Read) -> [String: Waiver] {
        var result: [String: Waiver] = [:]
        for (key, fields) in given.sorted(by: { $0.key < $1.key }) {
            guard let keyCell = fields["#key"], known(key, keyCell, &read) else { continue }
            guard let reason = fields["reason"] else {
                read.diagnostics.append(error("survey.missing-value", keyCell, "the waiver of '\(key)' has no reason row; a waiver needs its reason"))
                continue
            }
            result[key] = Waiver(reason: reason.text, until: day(fields["until"], &read), by: fields["by"]?.text, instance: fields["instance"]?.text, location: reason.location)
        }
        return result
    }

    /// An optional date cell; a cell that is no date is an error.
    private func day(_ cell: Cell?, _ read: inout Read) -> Day? {
        guard let cell else { return nil }
        guard let day = Day(cell.text) else {
            read.diagnostics.append(error("survey.bad-value", cell, "expected a date written YYYY-MM-DD, found '\(cell.text)'"))
            return nil
        }
        return day
    }

    private func known(_ key: String, _ cell: Cell, _ read: inout Read) -> Bool {
        if catalog.clause(key) != nil || catalog.rule(key) != nil { return true }
        let candidates = catalog.knownIDs.filter { $0.contains("#") == key.contains("#") }
        read.diagnostics.append(error("survey.unknown-clause", cell, "'\(key)' is no clause or rule of the loaded catalogs", suggestion: Suggestion.closest(to: key, in: candidates)))
        return false
    }
}

extension String {
    var trimmed: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    func replacingScalar(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
