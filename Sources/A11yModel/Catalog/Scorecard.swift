/// A scorecard: retrofit indicators with points, a pass mark and grades (DSL §3).
public struct Scorecard: Sendable, Hashable {
    /// The id used in indicator ids and by `--scorecard`, e.g. `QY2022-hall`.
    public var id: String
    /// The scorecard's name in reports.
    public var title: LocalizedText
    /// The subject kind (vocabulary id) it scores.
    public var subjectKind: String
    /// The pass mark, out of 100.
    public var passMark: Double?
    /// Grades, highest first.
    public var grades: [Grade]
    /// The indicators that earn its points, including any merged in from the scorecard it extends.
    public var indicators: [Indicator]
    /// Free remarks shown with the scorecard.
    public var note: LocalizedText
    /// The scorecard this one was derived from (its indicators already merged in).
    public var extends: String?
    /// Where the scorecard is written in its catalog file.
    public var location: SourceLocation
    /// How much a check counts, by its clause's obligation (`weights:`; ``ObligationWeights/default`` when not given).
    public var weights: ObligationWeights = .default

    /// Creates a scorecard; grades are sorted highest first.
    public init(id: String, title: LocalizedText = .init(), subjectKind: String, passMark: Double? = nil, grades: [Grade] = [],
                indicators: [Indicator] = [], note: LocalizedText = .init(), extends: String? = nil, location: SourceLocation) {
        self.id = id
        self.title = title
        self.subjectKind = subjectKind
        self.passMark = passMark
        self.grades = grades.sorted { $0.minimum > $1.minimum }
        self.indicators = indicators
        self.note = note
        self.extends = extends
        self.location = location
    }

    /// The grade a score earns, if any.
    public func grade(for score: Double) -> Grade? {
        grades.first { score + 1e-9 >= $0.minimum }
    }
}

/// A named band of scores.
public struct Grade: Sendable, Hashable {
    /// The lowest score (out of 100) that earns it.
    public var minimum: Double
    /// The grade's name in reports, e.g. 优秀 / excellent.
    public var name: LocalizedText

    /// Creates a grade.
    public init(minimum: Double, name: LocalizedText) {
        self.minimum = minimum
        self.name = name
    }
}

/// How an indicator turns its checks into points.
public enum ScoringMethod: Sendable, Hashable, CustomStringConvertible {
    /// All the points when every applicable check passes, else none.
    case all
    /// Points × passed / decided.
    case share
    /// Points minus `perFailure` for each failure, down to zero.
    case deduct(perFailure: Double)

    public var description: String {
        switch self {
        case .all: return "all"
        case .share: return "share"
        case .deduct: return "deduct"
        }
    }
}

/// One indicator of a scorecard.
public struct Indicator: Sendable, Hashable {
    /// The indicator's id within its scorecard, e.g. `2.1.1` (full id `SCORECARD:INDICATOR`).
    public var id: String
    /// The indicator's name in reports.
    public var title: LocalizedText
    /// The lead department (牵头部门).
    public var lead: LocalizedText
    /// Cooperating departments (配合部门).
    public var partners: LocalizedText
    /// The most points it can earn.
    public var points: Double
    /// How the outcomes of its checks become points.
    public var scoring: ScoringMethod
    /// Clause or rule patterns: `GB50763-2012:3.4.*`, `GB50763-2012:3.4.4`, `GB50763-2012:3.4.4#ramp-rise`.
    public var includes: [String]
    /// The indicator's own rules.
    public var rules: [Rule]
    /// Whether failing it fails the whole scorecard.
    public var isVeto: Bool
    /// A condition on the subject (its facts and parts): when false the indicator is left out, as if
    /// nothing in it applied; when it cannot be told, the result is incomplete.
    public var when: RuleExpression?
    /// Free remarks shown with the indicator.
    public var note: LocalizedText
    /// Where the indicator is written in its scorecard file.
    public var location: SourceLocation
    /// Presence requirements (`requires:`): subject-level checks that the facility exists, as rules for
    /// the subject with ids `requires-1`, `requires-2`, … (full id `SCORECARD:INDICATOR#requires-N`).
    /// A false one is a failure whose message says what is missing; an unknown one is undecided.
    public var requirements: [Rule] = []

    /// Creates an indicator.
    public init(id: String, title: LocalizedText = .init(), lead: LocalizedText = .init(), partners: LocalizedText = .init(),
                points: Double, scoring: ScoringMethod, includes: [String] = [], rules: [Rule] = [], isVeto: Bool = false,
                note: LocalizedText = .init(), location: SourceLocation) {
        self.id = id
        self.title = title
        self.lead = lead
        self.partners = partners
        self.points = points
        self.scoring = scoring
        self.includes = includes
        self.rules = rules
        self.isVeto = isVeto
        self.when = nil
        self.note = note
        self.location = location
    }
}
