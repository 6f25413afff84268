/// A city's (or province's) retrofit programme: the divisions that report, the subjects each must
/// cover, the phases, the reporting dates and the scorecards that judge the subjects (DSL §7).
///
/// A programme is not evaluated itself: `a11y-rules rollup` folds the results of its subjects into
/// one view per division, plan item, indicator and reporting date.
public struct Programme: Sendable, Hashable {
    /// The programme's id, e.g. `QY2022`.
    public var id: String
    /// Its name in reports.
    public var title: LocalizedText
    /// The scorecards whose results the rollup reads, by id.
    public var scorecards: [String]
    /// The divisions expected to report, in report order.
    public var divisions: [Division]
    /// The plan's items, each gathering indicators of the scorecards, in report order.
    public var items: [PlanItem]
    /// The phases of the programme, in date order.
    public var phases: [Phase]
    /// The reporting dates, in date order.
    public var reports: [ReportingDate]
    /// Free remarks (the source of the dates, what is illustrative).
    public var note: LocalizedText
    /// Where it was read.
    public var location: SourceLocation

    /// Creates a programme.
    public init(id: String, title: LocalizedText = .init(), scorecards: [String], divisions: [Division], items: [PlanItem],
                phases: [Phase] = [], reports: [ReportingDate], note: LocalizedText = .init(), location: SourceLocation) {
        self.id = id
        self.title = title
        self.scorecards = scorecards
        self.divisions = divisions
        self.items = items
        self.phases = phases
        self.reports = reports
        self.note = note
        self.location = location
    }

    /// The index of the reporting period an assessment on `day` belongs to: the first reporting
    /// date on or after it. Nil when it is after the last reporting date.
    public func reportIndex(for day: Day) -> Int? {
        reports.firstIndex { day <= $0.date }
    }

    /// The plan item an indicator (`SCORECARD:INDICATOR`) belongs to: the first item with a matching pattern.
    public func itemIndex(scorecard: String, indicator: String) -> Int? {
        let key = scorecard + ":" + indicator
        return items.firstIndex { $0.indicators.contains { $0.matches(key) } }
    }
}

/// A division (a county, a district, the city centre) expected to report.
public struct Division: Sendable, Hashable {
    /// The division's id, e.g. `qingcheng`.
    public var id: String
    /// Its name in reports, e.g. 清城区.
    public var name: LocalizedText
    /// Its administrative region, widest first (e.g. 清远市, 清城区).
    public var region: [String]
    /// The subjects it must cover.
    public var subjects: [ExpectedSubject]
    /// Where it was read.
    public var location: SourceLocation

    /// Creates a division.
    public init(id: String, name: LocalizedText = .init(), region: [String] = [], subjects: [ExpectedSubject], location: SourceLocation) {
        self.id = id
        self.name = name
        self.region = region
        self.subjects = subjects
        self.location = location
    }
}

/// A subject a division must cover, and the scorecard that judges it.
public struct ExpectedSubject: Sendable, Hashable {
    /// The subject's id, as its subject files write it.
    public var id: String
    /// The scorecard that judges it (one of the programme's scorecards).
    public var scorecard: String
    /// Its name in reports, when the programme gives one.
    public var name: LocalizedText
    /// Where it was read.
    public var location: SourceLocation

    /// Creates an expected subject.
    public init(id: String, scorecard: String, name: LocalizedText = .init(), location: SourceLocation) {
        self.id = id
        self.scorecard = scorecard
        self.name = name
        self.location = location
    }
}

/// An item of the plan (二(一)1 …), gathering scorecard indicators by pattern.
public struct PlanItem: Sendable, Hashable {
    /// The item's id as the plan numbers it, e.g. `二(一)1`.
    public var id: String
    /// Its name in reports.
    public var title: LocalizedText
    /// `SCORECARD:INDICATOR` patterns (`*` for any run of characters), e.g. `QY2022-hall:2.1.1-*`.
    public var indicators: [ClausePattern]
    /// Where it was read.
    public var location: SourceLocation

    /// Creates an item.
    public init(id: String, title: LocalizedText = .init(), indicators: [ClausePattern], location: SourceLocation) {
        self.id = id
        self.title = title
        self.indicators = indicators
        self.location = location
    }
}

/// A phase of the programme, from its first to its last day.
public struct Phase: Sendable, Hashable {
    /// The phase's id, e.g. `retrofit`.
    public var id: String
    /// Its name in reports.
    public var title: LocalizedText
    /// Its first day, when the plan gives one.
    public var from: Day?
    /// Its last day.
    public var to: Day
    /// Where it was read.
    public var location: SourceLocation

    /// Creates a phase.
    public init(id: String, title: LocalizedText = .init(), from: Day?, to: Day, location: SourceLocation) {
        self.id = id
        self.title = title
        self.from = from
        self.to = to
        self.location = location
    }
}

/// A date by which every division reports its progress.
public struct ReportingDate: Sendable, Hashable {
    /// The last day of the reporting period.
    public var date: Day
    /// Its name in reports, e.g. 第一次报送.
    public var title: LocalizedText
    /// Where it was read.
    public var location: SourceLocation

    /// Creates a reporting date.
    public init(date: Day, title: LocalizedText = .init(), location: SourceLocation) {
        self.date = date
        self.title = title
        self.location = location
    }
}
