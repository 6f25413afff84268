import A11yRules

/// The text of a clause verdict object (`{"clause": …, "verdict": …, "obligation": …, "mandatory": …}`)
/// worked out once per list, around the clause id: the head before it and one tail per verdict,
/// obligation and mandatory flag. A list of thousands of verdicts then costs one escaped id and two
/// bulk copies per verdict, in the same bytes as writing each object field by field.
struct ClauseVerdictEncoding {
    /// Whether, and at which depth, the verdict objects are laid out.
    private let pretty: Bool, depth: Int
    /// `{"clause":` with the layout of a writer at the list's depth.
    private let head: [UInt8]
    /// The text after the id, indexed by ``index(_:)``: worked out when a verdict first needs it
    /// (a list uses a few of the 50).
    private var tails = [[UInt8]?](repeating: nil, count: 50)

    /// The text for the elements of an array that is the next value of `json`.
    init(for json: JSONStreamWriter) {
        pretty = json.pretty
        depth = json.depth + 1
        var start = JSONStreamWriter(pretty: pretty, depth: depth)
        start.beginObject()
        start.key("clause")
        head = start.bytes
    }

    /// Writes `verdict` as an element of the array `json` is in (opened after this encoding was made).
    mutating func write(_ verdict: ClauseVerdict, to json: inout JSONStreamWriter) {
        let index = Self.index(verdict)
        if let tail = tails[index] {
            json.encoded(head, string: verdict.clause, tail)
        } else {
            let tail = self.tail(verdict)
            tails[index] = tail
            json.encoded(head, string: verdict.clause, tail)
        }
    }

    /// What follows the id in `verdict`'s object, as writing it field by field lays it out.
    private func tail(_ verdict: ClauseVerdict) -> [UInt8] {
        var model = verdict
        model.clause = ""
        var whole = JSONStreamWriter(pretty: pretty, depth: depth)
        Self.write(model, to: &whole)
        // The whole object is the head, the empty id's two quotes, then the tail.
        return Array(whole.bytes[(head.count + 2)...])
    }

    /// Writes one verdict object field by field: the reference for the encoded text.
    static func write(_ verdict: ClauseVerdict, to json: inout JSONStreamWriter) {
        json.beginObject()
        json.key("clause"); json.string(verdict.clause)
        json.key("verdict"); json.string(verdict.verdict.rawValue)
        json.key("obligation"); json.string(verdict.obligation?.rawValue)
        json.key("mandatory"); json.bool(verdict.isMandatory)
        json.endObject()
    }

    /// The position of `verdict`'s tail among the 5 × 5 × 2 (verdict, obligation or none, mandatory).
    private static func index(_ verdict: ClauseVerdict) -> Int {
        let outcome: Int
        switch verdict.verdict {
        case .passed: outcome = 0
        case .failed: outcome = 1
        case .inapplicable: outcome = 2
        case .cantTell: outcome = 3
        case .untested: outcome = 4
        }
        let obligation: Int
        switch verdict.obligation {
        case nil: obligation = 0
        case .must: obligation = 1
        case .shall: obligation = 2
        case .should: obligation = 3
        case .may: obligation = 4
        }
        return (outcome * 5 + obligation) * 2 + (verdict.isMandatory ? 1 : 0)
    }
}
