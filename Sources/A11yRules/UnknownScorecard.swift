/// A scorecard id that no loaded scorecard has, given to ``Workspace/evaluate(scorecards:listing:)``.
public struct UnknownScorecard: Error, Sendable, Hashable, CustomStringConvertible {
    /// The id as given.
    public var id: String
    /// The closest loaded scorecard id, when one is near enough to be a typo.
    public var suggestion: String?
    /// Every loaded scorecard id, sorted.
    public var known: [String]

    /// Creates the error.
    public init(id: String, suggestion: String? = nil, known: [String] = []) {
        self.id = id
        self.suggestion = suggestion
        self.known = known
    }

    /// Checks `ids` against a catalog's scorecards; the first unknown one is the error.
    public static func check(_ ids: [String], in catalog: Catalog) throws(UnknownScorecard) {
        let known = catalog.scorecards.map(\.id)
        for id in ids where !known.contains(id) {
            throw UnknownScorecard(id: id, suggestion: Suggestion.closest(to: id, in: known), known: known.sorted())
        }
    }

    /// `unknown scorecard 'QY2022-hal' (did you mean 'QY2022-hall'?)`, or the loaded ids when none is close.
    public var description: String {
        if let suggestion { return "unknown scorecard '\(id)' (did you mean '\(suggestion)'?)" }
        return "unknown scorecard '\(id)'; loaded scorecards: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
    }
}
