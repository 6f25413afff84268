import A11yModel
import A11yYAML

/// Decodes a JSON `{"subject": …}` document (one JSON Lines line) straight from its bytes into a
/// ``Subject``: no node tree, no per-field dictionaries, names resolved through hashed tables of
/// each vocabulary's facts, part kinds and attributes, values typed as they are read.
///
/// It accepts only documents the reference path (``JSONParser`` nodes, then ``SubjectDecoder``)
/// decodes without a single diagnostic, and then gives exactly the reference's subject: positions,
/// texts and values. For anything else (an unknown name, a bad value, a duplicate key, a value
/// written as `{value, accuracy}`, a key with escapes, YAML-only syntax) it returns nil, and the
/// caller runs the reference path, which reports every problem with its line and column.
///
/// Alongside the dictionaries it keeps the values in the vocabulary's slot order
/// (``A11yModel/Subject/slotted``), so that laying the subject out in columns is a copy. Each subject's
/// locations share one copy of the file path of their own, so that subjects decoded on different cores
/// never count references to the same string.
///
/// ``decode(deferring:path:lineOffset:)`` checks the line exactly as ``decode(_:path:lineOffset:)`` does
/// (the same lines accepted, every value typed) but builds no dictionaries: it keeps the slotted values,
/// the instances' ids and the line's bytes, and the subject's facts and parts are decoded from those
/// bytes on first use (``A11yModel/DeferredDetails``), equal to the ones decoded at once.
struct JSONSubjectDecoder: Sendable {
    private let vocabularies: [String: Vocabulary]
    private let indexes: [String: VocabularyIndex]
    private let knownIDs: CatalogIDs

    init(vocabularies: [String: Vocabulary], knownIDs: CatalogIDs) {
        self.vocabularies = vocabularies
        self.knownIDs = knownIDs
        indexes = vocabularies.mapValues(VocabularyIndex.init)
    }

    /// The subject, or nil when the reference path must decide (see the type's description).
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - path: The file, for locations.
    ///   - lineOffset: Added to every line (the document's first line in the file, minus 1).
    func decode(_ bytes: UnsafeBufferPointer<UInt8>, path: String, lineOffset: Int) -> Subject? {
        var reading = Reading(cursor: JSONCursor(bytes), decoder: self, path: Self.ownCopy(of: path), lineOffset: lineOffset, line: nil)
        return reading.document()
    }

    /// The same subject as ``decode(_:path:lineOffset:)`` gives (nil for the same lines), with its facts
    /// and parts decoded from `bytes` (kept) on first use instead of now.
    func decode(deferring bytes: [UInt8], path: String, lineOffset: Int) -> Subject? {
        let own = Self.ownCopy(of: path)
        return bytes.withUnsafeBufferPointer { buffer in
            var reading = Reading(cursor: JSONCursor(buffer), decoder: self, path: own, lineOffset: lineOffset, line: bytes)
            return reading.document()
        }
    }

    /// The facts and parts of a line that ``decode(deferring:path:lineOffset:)`` accepted, decoded at once.
    fileprivate func details(of bytes: [UInt8], path: String, lineOffset: Int) -> DeferredDetails.Details {
        bytes.withUnsafeBufferPointer { buffer in
            var reading = Reading(cursor: JSONCursor(buffer), decoder: self, path: path, lineOffset: lineOffset, line: nil)
            // The line was accepted once, and decoding is deterministic: it is accepted again.
            guard let subject = reading.document() else {
                assertionFailure("a line the deferring decoder accepted was refused when its details were made")
                return ([:], [:])
            }
            return (subject.facts, subject.parts)
        }
    }

    /// A copy of `path` of the subject's own (see the type's description).
    private static func ownCopy(of path: String) -> String {
        var path = path
        return path.withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    /// A vocabulary with hashed tables of its names (a class: shared, never copied, while reading).
    private final class VocabularyIndex: Sendable {
        let facts: NameTable
        let factSlots: [Slot]
        let parts: NameTable
        let kinds: [Kind]
        let order: SlotOrder

        init(_ vocabulary: Vocabulary) {
            order = SlotOrder(vocabulary)
            facts = NameTable(vocabulary.facts.map(\.name))
            factSlots = vocabulary.facts.map(Slot.init)
            parts = NameTable(vocabulary.parts.map(\.name))
            kinds = vocabulary.parts.map(Kind.init)
        }
    }

    /// A part kind: its name and its attributes by name.
    private final class Kind: Sendable {
        let name: String
        let attributes: NameTable
        let slots: [Slot]

        init(_ kind: PartKind) {
            name = kind.name
            attributes = NameTable(kind.attributes.map(\.name))
            slots = kind.attributes.map(Slot.init)
        }
    }

    /// What typing a value needs of its declaration.
    private final class Slot: Sendable {
        let name: String
        let type: AttributeType

        init(_ spec: AttributeSpec) {
            name = spec.name
            type = spec.type
        }
    }

    /// The names seen in one mapping (duplicates are left to the reference, which reports them).
    private struct SeenNames {
        private var low: UInt64 = 0
        private var high: Set<Int> = []

        /// Whether name `index` is new (and marks it seen).
        mutating func insert(_ index: Int) -> Bool {
            guard index < 64 else { return high.insert(index).inserted }
            let bit: UInt64 = 1 << UInt64(index)
            guard low & bit == 0 else { return false }
            low |= bit
            return true
        }
    }

    /// The keys of a subject, as bits of a mask.
    private enum SubjectKey: Int {
        case id, kind, name, region, assessed, facts, parts, answers, waivers, evidence, note

        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            switch bytes.count {
            case 2 where equal(bytes, "id"): self = .id
            case 4 where equal(bytes, "kind"): self = .kind
            case 4 where equal(bytes, "name"): self = .name
            case 4 where equal(bytes, "note"): self = .note
            case 5 where equal(bytes, "facts"): self = .facts
            case 5 where equal(bytes, "parts"): self = .parts
            case 6 where equal(bytes, "region"): self = .region
            case 7 where equal(bytes, "answers"): self = .answers
            case 7 where equal(bytes, "waivers"): self = .waivers
            case 8 where equal(bytes, "assessed"): self = .assessed
            case 8 where equal(bytes, "evidence"): self = .evidence
            default: return nil
            }
        }
    }

    /// One document being read.
    private struct Reading {
        var cursor: JSONCursor
        let decoder: JSONSubjectDecoder
        let path: String
        let lineOffset: Int
        /// The line's bytes when the facts and parts are deferred (then no dictionary is built); nil: built now.
        let line: [UInt8]?
        /// Part instances read so far; past ``CatalogLoader/maxInstancesPerSubject`` the reference reports the subject.
        var instanceCount = 0
        /// The values again in slot order (``A11yModel/SlottedValues/values``; facts' slots are added once the kind is known).
        var slots: [SlotValue] = []
        /// Per part kind: its instances' first slot and their count (-1: not surveyed).
        var kindSpans: [(start: Int, count: Int)] = []
        /// Per part kind: its instances' ids (``A11yModel/SlottedValues/instanceIDs``).
        var instanceIDs: [[String]] = []

        init(cursor: JSONCursor, decoder: JSONSubjectDecoder, path: String, lineOffset: Int, line: [UInt8]?) {
            self.cursor = cursor
            self.decoder = decoder
            self.path = path
            self.lineOffset = lineOffset
            self.line = line
        }

        /// Whether the facts' and parts' dictionaries are built as the line is read.
        var builds: Bool { line == nil }

        func location(_ mark: YAMLMark) -> SourceLocation {
            SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column)
        }

        /// `{"subject": {…}}` and nothing else.
        mutating func document() -> Subject? {
            guard cursor.consume(0x7B) else { return nil }
            cursor.skipWhitespace()
            guard let key = cursor.rawString(), equal(key, "subject"), cursor.consume(0x3A) else { return nil }
            cursor.skipWhitespace()
            guard let subject = subject(), cursor.consume(0x7D) else { return nil }
            cursor.skipWhitespace()
            return cursor.atEnd ? subject : nil
        }

        private mutating func subject() -> Subject? {
            let start = cursor.mark
            guard cursor.current == 0x7B else { return nil }
            cursor.advance()
            var id: String?, kind: String?, index: VocabularyIndex?
            var name = LocalizedText(), note = LocalizedText(), region: [String] = [], assessed: Day?
            var facts: [String: Observation] = [:], parts: [String: [PartInstance]] = [:]
            var deferred: [(SubjectKey, JSONCursor)] = []
            var nodes: [SubjectKey: YAMLNode] = [:]
            var seen = 0
            guard !cursor.consume(0x7D) else { return nil }
            repeat {
                cursor.skipWhitespace()
                guard let bytes = cursor.rawString(), let key = SubjectKey(bytes), seen & 1 << key.rawValue == 0,
                      cursor.consume(0x3A) else { return nil }
                seen |= 1 << key.rawValue
                cursor.skipWhitespace()
                switch key {
                case .id:
                    guard let text = identifier() else { return nil }
                    id = text
                case .kind:
                    guard let text = identifier(), let found = decoder.indexes[text] else { return nil }
                    kind = text
                    index = found
                    // At most one slot per 16 bytes of what is left of the line (a value and its name take
                    // more), so that the slots rarely grow; they are copied to their exact size at the end.
                    slots.reserveCapacity(max(found.order.facts.count, (cursor.bytes.count - cursor.index) / 16))
                    slots.append(contentsOf: repeatElement(.missing, count: found.order.facts.count))
                    kindSpans = Array(repeating: (0, -1), count: found.order.kinds.count)
                    instanceIDs = Array(repeating: [], count: found.order.kinds.count)
                case .name, .note:
                    guard let text = localized() else { return nil }
                    if key == .name { name = text } else { note = text }
                case .region:
                    guard let list = strings() else { return nil }
                    region = list
                case .assessed:
                    guard let text = cursor.string(), let day = Day(text) else { return nil }
                    assessed = day
                case .facts, .parts:
                    guard let index else {
                        // Read once the kind is known.
                        deferred.append((key, cursor))
                        guard JSONParser.value(&cursor, depth: 2) != nil else { return nil }
                        continue
                    }
                    guard key == .facts ? self.facts(index, into: &facts) : self.parts(index, into: &parts) else { return nil }
                case .answers, .waivers, .evidence:
                    guard let node = JSONParser.value(&cursor, depth: 2) else { return nil }
                    nodes[key] = node
                }
            } while cursor.consume(0x2C)
            guard cursor.consume(0x7D), let id, let kind, let index else { return nil }
            let resume = cursor
            for (key, saved) in deferred {
                cursor = saved
                guard key == .facts ? self.facts(index, into: &facts) : self.parts(index, into: &parts) else { return nil }
            }
            cursor = resume
            let slotted = SlottedValues(order: index.order, values: exactly(slots), kinds: kindSpans, instanceIDs: instanceIDs)
            var subject: Subject
            if let line {
                let decoder = self.decoder, path = self.path, lineOffset = self.lineOffset
                let details = DeferredDetails { decoder.details(of: line, path: path, lineOffset: lineOffset) }
                subject = Subject(id: id, kind: kind, name: name, region: region, assessed: assessed, deferring: details, slotted: slotted,
                                  answers: [:], waivers: [:], evidence: [:], note: note, location: location(start))
            } else {
                subject = Subject(id: id, kind: kind, name: name, region: region, assessed: assessed, facts: facts, parts: parts,
                                  note: note, location: location(start))
                subject.slotted = slotted
            }
            if !nodes.isEmpty, !decodeStatements(nodes, into: &subject) { return nil }
            return subject
        }

        /// Answers, waivers and evidence, read by the reference decoder from their nodes; false if it reports anything.
        private func decodeStatements(_ nodes: [SubjectKey: YAMLNode], into subject: inout Subject) -> Bool {
            let log = DiagnosticLog()
            let reference = SubjectDecoder(reader: NodeReader(file: path, log: log, lineOffset: lineOffset),
                                           vocabularies: decoder.vocabularies, knownIDs: decoder.knownIDs)
            let lineage = Vocabulary.lineage(of: subject.kind, in: decoder.vocabularies)
            let instances = Set(instanceIDs.joined())
            subject.answers = reference.answers(nodes[.answers], lineage: lineage, kind: subject.kind, instances: instances)
            subject.waivers = reference.waivers(nodes[.waivers], lineage: lineage, kind: subject.kind, instances: instances)
            subject.evidence = reference.evidence(nodes[.evidence], lineage: lineage, kind: subject.kind, instances: instances)
            return log.diagnostics.isEmpty
        }

        /// A non-empty string without spaces.
        private mutating func identifier() -> String? {
            guard let text = cursor.string(), !text.isEmpty, !text.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 }) else { return nil }
            return text
        }

        /// A non-empty string.
        private mutating func nonEmptyString() -> String? {
            guard let text = cursor.string(), !text.isEmpty else { return nil }
            return text
        }

        /// `null`, a string (both languages), or `{"zh": …, "en": …}` with non-empty strings.
        private mutating func localized() -> LocalizedText? {
            if cursor.literal("null") { return LocalizedText() }
            if cursor.current == 0x22 {
                guard let text = cursor.string() else { return nil }
                return LocalizedText(zh: text, en: text)
            }
            guard cursor.current == 0x7B else { return nil }
            cursor.advance()
            var text = LocalizedText()
            var seen = (zh: false, en: false)
            if cursor.consume(0x7D) { return text }
            repeat {
                cursor.skipWhitespace()
                guard let key = cursor.rawString(), cursor.consume(0x3A) else { return nil }
                cursor.skipWhitespace()
                if equal(key, "zh"), !seen.zh {
                    seen.zh = true
                    guard let value = nonEmptyString() else { return nil }
                    text.zh = value
                } else if equal(key, "en"), !seen.en {
                    seen.en = true
                    guard let value = nonEmptyString() else { return nil }
                    text.en = value
                } else {
                    return nil
                }
            } while cursor.consume(0x2C)
            return cursor.consume(0x7D) ? text : nil
        }

        /// `null`, a non-empty string (a list of one), or a list of non-empty strings.
        private mutating func strings() -> [String]? {
            if cursor.literal("null") { return [] }
            if cursor.current == 0x22 { return nonEmptyString().map { [$0] } }
            guard cursor.current == 0x5B else { return nil }
            cursor.advance()
            var result: [String] = []
            if cursor.consume(0x5D) { return result }
            repeat {
                cursor.skipWhitespace()
                guard let text = nonEmptyString() else { return nil }
                result.append(text)
            } while cursor.consume(0x2C)
            return cursor.consume(0x5D) ? result : nil
        }

        /// A mapping keyed by names, or null: `lookup` gives each key's index (nil: no such name here) and
        /// `value` reads the value at the cursor. False for anything else or for a name given twice.
        private mutating func namedEntries(_ lookup: (UnsafeBufferPointer<UInt8>) -> Int?, _ value: (inout Reading, Int) -> Bool) -> Bool {
            if cursor.literal("null") { return true }
            guard cursor.current == 0x7B else { return false }
            cursor.advance()
            if cursor.consume(0x7D) { return true }
            var seen = SeenNames()
            repeat {
                cursor.skipWhitespace()
                guard let key = cursor.rawString(), let name = lookup(key), seen.insert(name), cursor.consume(0x3A) else { return false }
                cursor.skipWhitespace()
                guard value(&self, name) else { return false }
            } while cursor.consume(0x2C)
            return cursor.consume(0x7D)
        }

        /// `facts: {name: value, …}` or null.
        private mutating func facts(_ index: VocabularyIndex, into result: inout [String: Observation]) -> Bool {
            namedEntries(index.facts.index(of:)) { reading, fact in reading.observation(index.factSlots[fact], slot: fact, into: &result) }
        }

        /// `parts: {kind: [instance, …], …}` or null; `kind: null` is an empty list, as in the reference.
        private mutating func parts(_ index: VocabularyIndex, into result: inout [String: [PartInstance]]) -> Bool {
            namedEntries(index.parts.index(of:)) { reading, part in reading.instances(index.kinds[part], part: part, into: &result) }
        }

        /// The instances of part kind number `part`: a list, or null (none).
        private mutating func instances(_ kind: Kind, part: Int, into result: inout [String: [PartInstance]]) -> Bool {
            let first = slots.count
            var instances: [PartInstance] = []
            var list: [String] = []
            var ids: Set<String> = []
            if !cursor.literal("null") {
                guard cursor.current == 0x5B else { return false }
                cursor.advance()
                if !cursor.consume(0x5D) {
                    repeat {
                        cursor.skipWhitespace()
                        instanceCount += 1
                        guard instanceCount <= CatalogLoader.maxInstancesPerSubject else { return false }
                        let base = slots.count
                        slots.append(contentsOf: repeatElement(.missing, count: kind.slots.count))
                        guard let instance = instance(kind, position: list.count + 1, slots: base) else { return false }
                        // Two instances with one id: the reference reports them.
                        if list.count < 16 {
                            guard !list.contains(instance.id) else { return false }
                        } else {
                            if ids.isEmpty { ids = Set(list) }
                            guard ids.insert(instance.id).inserted else { return false }
                        }
                        list.append(instance.id)
                        if builds { instances.append(instance) }
                    } while cursor.consume(0x2C)
                    guard cursor.consume(0x5D) else { return false }
                }
            }
            if builds { result[kind.name] = instances }
            kindSpans[part] = (first, list.count)
            instanceIDs[part] = list
            return true
        }

        /// One instance: `{"id": …, "name": …, "note": …, attribute: value, …}`; its slotted values start at `slots`.
        private mutating func instance(_ kind: Kind, position: Int, slots: Int) -> PartInstance? {
            let start = cursor.mark
            guard cursor.current == 0x7B else { return nil }
            cursor.advance()
            var id: String?
            var name = LocalizedText()
            var attributes: [String: Observation] = builds ? Dictionary(minimumCapacity: kind.slots.count) : [:]
            var reserved = 0
            if !cursor.consume(0x7D) {
                var seen = SeenNames()
                repeat {
                    cursor.skipWhitespace()
                    guard let key = cursor.rawString(), cursor.consume(0x3A) else { return nil }
                    cursor.skipWhitespace()
                    // `id`, `name` and `note` are the instance's own, never attributes (as in the reference).
                    let own = key.count == 2 && equal(key, "id") ? 1 : key.count == 4 && equal(key, "name") ? 2 : key.count == 4 && equal(key, "note") ? 4 : 0
                    if own != 0 {
                        guard reserved & own == 0 else { return nil }
                        reserved |= own
                        switch own {
                        case 1:
                            guard let text = identifier() else { return nil }
                            id = text
                        case 2:
                            guard let text = localized() else { return nil }
                            name = text
                        default:
                            guard skipScalar() else { return nil }
                        }
                        continue
                    }
                    guard let attribute = kind.attributes.index(of: key), seen.insert(attribute),
                          observation(kind.slots[attribute], slot: slots + attribute, into: &attributes) else { return nil }
                } while cursor.consume(0x2C)
                guard cursor.consume(0x7D) else { return nil }
            }
            return PartInstance(id: id ?? "\(kind.name)-\(position)", name: name, attributes: attributes, location: location(start))
        }

        /// The string or number at the position and its value typed from its bytes by `parse`
        /// (``A11yModel/Value/parseCommon(utf8:as:quoted:)`` or the slot value's), not consumed; nil when ``observation(_:slot:into:)``
        /// must read it from its text (escapes, literals, dates, uncommon spellings and every refused value).
        private func commonValue<Typed>(_ type: AttributeType,
                                        _ parse: (UnsafeBufferPointer<UInt8>, AttributeType, Bool) -> Typed?) -> (JSONCursor.Token, Typed)? {
            if let token = cursor.rawStringAhead() {
                return parse(token.bytes, type, true).map { (token, $0) }
            }
            guard let byte = cursor.current, byte == 0x2D || byte &- 0x30 < 10, let token = cursor.numberAhead() else { return nil }
            return parse(token.bytes, type, false).map { (token, $0) }
        }

        /// A string, number, `true`, `false` or `null`, read and dropped (an instance's note).
        private mutating func skipScalar() -> Bool {
            switch cursor.current {
            case 0x22: return cursor.string() != nil
            case 0x74: return cursor.literal("true")
            case 0x66: return cursor.literal("false")
            case 0x6E: return cursor.literal("null")
            default: return cursor.number() != nil
            }
        }

        /// A value typed by `spec`, added under its name (and at `slot` of the slotted values); `null`
        /// (explicitly unknown) adds nothing. False for anything the reference would report, or a `{value, accuracy}` mapping.
        private mutating func observation(_ spec: Slot, slot: Int, into result: inout [String: Observation]) -> Bool {
            let start = cursor.mark
            if builds {
                if let (token, value) = commonValue(spec.type, Value.parseCommon) {
                    cursor.consume(token)
                    result[spec.name] = Observation(value, at: location(start), text: String(decoding: token.bytes, as: UTF8.self))
                    slots[slot] = SlotValue(value)
                    return true
                }
            } else if let (token, value) = commonValue(spec.type, SlotValue.parseCommon) {
                cursor.consume(token)
                slots[slot] = value
                return true
            }
            let text: String
            let quoted: Bool
            switch cursor.current {
            case 0x22:
                guard let string = cursor.string() else { return false }
                text = string
                quoted = true
            case 0x6E:
                return cursor.literal("null")
            case 0x74:
                guard cursor.literal("true") else { return false }
                text = "true"
                quoted = false
            case 0x66:
                guard cursor.literal("false") else { return false }
                text = "false"
                quoted = false
            case 0x7B, 0x5B, nil:
                return false
            default:
                guard let run = cursor.number() else { return false }
                text = String(decoding: run, as: UTF8.self)
                quoted = false
            }
            guard case .success(let value) = Value.parse(text, as: spec.type, quoted: quoted) else { return false }
            if builds { result[spec.name] = Observation(value, at: location(start), text: text) }
            slots[slot] = SlotValue(value)
            return true
        }
    }
}

/// `values` in an array of their exact size, unless it is nearly that already: a subject kept for
/// long (a block, or a whole file in `bench run`) should not hold the reserve its decoding needed.
private func exactly(_ values: [SlotValue]) -> [SlotValue] {
    guard values.capacity - values.count > values.count / 8 else { return values }
    return [SlotValue](unsafeUninitializedCapacity: values.count) { buffer, count in
        values.withUnsafeBufferPointer { source in _ = buffer.initialize(fromContentsOf: source) }
        count = values.count
    }
}

/// Whether `bytes` spell `word`.
private func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
    word.utf8CodeUnitCount == bytes.count && word.withUTF8Buffer { $0.elementsEqual(bytes) }
}
