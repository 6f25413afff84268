/// A facility or service being assessed: its facts, its parts, and what people answered or waived (DSL §4).
public struct Subject: Sendable, Hashable {
    /// The subject's id, unique among the loaded subjects, e.g. `east-hall`.
    public var id: String
    /// The vocabulary id, e.g. `facility`.
    public var kind: String
    /// The facility's or service's name in reports, e.g. 东区政务服务中心.
    public var name: LocalizedText
    /// Administrative region, widest first (e.g. 清远市, 清城区).
    public var region: [String]
    /// When it was assessed; waivers expire against this date.
    public var assessed: Day?
    /// Facts by name.
    ///
    /// A subject read from JSON Lines makes its facts and parts on first use (from the line it kept):
    /// the first read of either costs a decode of the line; assigning either drops the slot-ordered copy (`slotted`).
    public var facts: [String: Observation] {
        get { deferred?.details.facts ?? storedFacts }
        set {
            materialise()
            storedFacts = newValue
            slotted = nil
        }
        _modify {
            materialise()
            slotted = nil
            yield &storedFacts
        }
    }
    /// Instances by part kind. A kind that is absent was not surveyed; an empty list means there are none.
    ///
    /// Made on first use for a subject read from JSON Lines, as ``facts`` are.
    public var parts: [String: [PartInstance]] {
        get { deferred?.details.parts ?? storedParts }
        set {
            materialise()
            storedParts = newValue
            slotted = nil
        }
        _modify {
            materialise()
            slotted = nil
            yield &storedParts
        }
    }
    /// Answers by clause id or full rule id.
    public var answers: [String: Answer]
    /// Waivers by clause id or full rule id.
    public var waivers: [String: Waiver]
    /// Findings imported from tools (axe-core, Lighthouse), by clause id: one entry per part instance,
    /// each with its ``Answer/source``. A person's entry in ``answers`` for the same clause governs.
    public var evidence: [String: [Answer]]
    /// Free remarks on the subject or its survey.
    public var note: LocalizedText
    /// Where it was read.
    public var location: SourceLocation
    /// The facts and attributes again in slot order, when the reader that decoded the subject kept them
    /// (nil once ``facts`` or ``parts`` is assigned); not part of equality.
    package var slotted: SlottedValues?
    /// The facts when ``deferred`` is nil (otherwise empty).
    private var storedFacts: [String: Observation]
    /// The parts when ``deferred`` is nil (otherwise empty).
    private var storedParts: [String: [PartInstance]]
    /// Where the facts and parts come from until they are first assigned, when a reader deferred them.
    private var deferred: DeferredDetails?

    /// Creates a subject.
    public init(id: String, kind: String, name: LocalizedText = .init(), region: [String] = [], assessed: Day? = nil,
                facts: [String: Observation] = [:], parts: [String: [PartInstance]] = [:], answers: [String: Answer] = [:],
                waivers: [String: Waiver] = [:], evidence: [String: [Answer]] = [:], note: LocalizedText = .init(),
                location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.name = name
        self.region = region
        self.assessed = assessed
        storedFacts = facts
        storedParts = parts
        self.answers = answers
        self.waivers = waivers
        self.evidence = evidence
        self.note = note
        self.location = location
    }

    /// A subject whose facts and parts `details` makes on first use (and whose ``slotted`` values a
    /// reader has filled from the same data); the other fields as given.
    package init(id: String, kind: String, name: LocalizedText, region: [String], assessed: Day?, deferring details: DeferredDetails,
                 slotted: SlottedValues, answers: [String: Answer], waivers: [String: Waiver], evidence: [String: [Answer]],
                 note: LocalizedText, location: SourceLocation) {
        self.init(id: id, kind: kind, name: name, region: region, assessed: assessed, answers: answers, waivers: waivers,
                  evidence: evidence, note: note, location: location)
        deferred = details
        self.slotted = slotted
    }

    /// Whether the facts and parts are still to be made (a subject read from JSON Lines whose details nobody has read).
    package var defersDetails: Bool { deferred.map { !$0.isMade } ?? false }

    /// Makes the deferred facts and parts this subject's own, before they are changed.
    private mutating func materialise() {
        guard let deferred else { return }
        (storedFacts, storedParts) = deferred.details
        self.deferred = nil
    }

    /// Whether two subjects hold the same data (the slot-ordered copy a reader may keep is not compared).
    public static func == (a: Subject, b: Subject) -> Bool {
        a.id == b.id && a.kind == b.kind && a.name == b.name && a.region == b.region && a.assessed == b.assessed
            && a.facts == b.facts && a.parts == b.parts && a.answers == b.answers && a.waivers == b.waivers
            && a.evidence == b.evidence && a.note == b.note && a.location == b.location
    }

    /// Hashes the data that `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(kind)
        hasher.combine(name)
        hasher.combine(region)
        hasher.combine(assessed)
        hasher.combine(facts)
        hasher.combine(parts)
        hasher.combine(answers)
        hasher.combine(waivers)
        hasher.combine(evidence)
        hasher.combine(note)
        hasher.combine(location)
    }
}

/// A value as observed, with where it was written.
public struct Observation: Sendable, Hashable {
    /// The typed value, as the vocabulary's attribute type reads it.
    public var value: Value
    /// The value as the file wrote it (`0.70 m`, `1.19 m ± 0.02 m`), shown in reports.
    public var text: String
    /// Where the value is written in the subject file.
    public var location: SourceLocation

    /// Creates an observation; `text` defaults to the value's own rendering.
    public init(_ value: Value, at location: SourceLocation, text: String? = nil) {
        self.value = value
        self.text = text ?? value.description
        self.location = location
    }
}

/// One instance of a part kind, such as one ramp.
public struct PartInstance: Sendable, Hashable {
    /// Unique within its part kind; `KIND-N` by position (from `ramp-1`) when the file gives none.
    public var id: String
    /// The instance's name in reports, e.g. a particular entrance.
    public var name: LocalizedText
    /// Attributes by name.
    public var attributes: [String: Observation]
    /// Where the instance is written in the subject file.
    public var location: SourceLocation

    /// Creates an instance.
    public init(id: String, name: LocalizedText = .init(), attributes: [String: Observation] = [:], location: SourceLocation) {
        self.id = id
        self.name = name
        self.attributes = attributes
        self.location = location
    }
}

/// A finding made by a person or imported from another tool.
public struct Answer: Sendable, Hashable {
    /// What the person found: passed, failed, inapplicable or cantTell (never untested).
    public var outcome: Outcome
    /// The person's remark, reported as the finding's reason.
    public var note: String?
    /// Who answered.
    public var by: String?
    /// When the answer was given.
    public var date: Day?
    /// For an answer to a rule: the instance it is about (nil: every instance).
    public var instance: String?
    /// Where the answer is written in the subject file.
    public var location: SourceLocation
    /// For a finding imported from a tool: the tool, page, time, rules and elements it rests on.
    public var source: EvidenceSource?

    /// Creates an answer.
    public init(outcome: Outcome, note: String? = nil, by: String? = nil, date: Day? = nil, instance: String? = nil,
                location: SourceLocation, source: EvidenceSource? = nil) {
        self.outcome = outcome
        self.note = note
        self.by = by
        self.date = date
        self.instance = instance
        self.location = location
        self.source = source
    }
}

/// An accepted exception: reported, never hidden.
public struct Waiver: Sendable, Hashable {
    /// Why the exception was accepted, e.g. a rebuild already scheduled; always reported.
    public var reason: String
    /// The last day it applies; after it (against the subject's assessed date) it is expired.
    public var until: Day?
    /// Who granted the exception, e.g. the responsible authority.
    public var by: String?
    /// The instance it covers (nil: every instance of the rule or clause).
    public var instance: String?
    /// Where the waiver is written in the subject file.
    public var location: SourceLocation

    /// Creates a waiver.
    public init(reason: String, until: Day? = nil, by: String? = nil, instance: String? = nil, location: SourceLocation) {
        self.reason = reason
        self.until = until
        self.by = by
        self.instance = instance
        self.location = location
    }

    /// Whether it has expired by `day` (a waiver with no `until`, or a subject with no date, never expires).
    public func isExpired(on day: Day?) -> Bool {
        guard let until, let day else { return false }
        return until < day
    }
}
