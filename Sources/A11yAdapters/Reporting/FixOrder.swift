import A11yRules

/// The order reports list failures in: failures a waiver in force does not cover first, then the most
/// serious, mandatory provisions before others, then by rule id.
enum FixOrder {
    static func failures(_ findings: [Finding], catalog: Catalog) -> [Finding] {
        findings.filter { $0.outcome == .failed }.sorted { a, b in
            let wa = a.waiver.map { !$0.isExpired } ?? false, wb = b.waiver.map { !$0.isExpired } ?? false
            if wa != wb { return !wa }
            if a.severity != b.severity { return a.severity > b.severity }
            let ma = catalog.clause(a.clause)?.isMandatory ?? false, mb = catalog.clause(b.clause)?.isMandatory ?? false
            if ma != mb { return ma }
            return (a.rule ?? a.clause, a.instance) < (b.rule ?? b.clause, b.instance)
        }
    }

    /// cantTell findings: the data a surveyor must still collect.
    static func missingData(_ findings: [Finding]) -> [Finding] {
        findings.filter { $0.outcome == .cantTell }
    }

    /// Manual items nobody has answered.
    static func unanswered(_ findings: [Finding]) -> [Finding] {
        findings.filter { $0.outcome == .untested }
    }
}
