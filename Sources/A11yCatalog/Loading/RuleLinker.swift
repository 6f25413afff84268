import A11yModel

/// Checks the `same_as` links between rules of the loaded standards and makes them symmetric.
///
/// A link must name a loaded rule evaluated for the same part kind (or both for the subject): an
/// unknown rule of a loaded standard is an error with a "did you mean"; a rule of a standard that is
/// not loaded at all is a warning (a link may point into a catalog the user did not load), and the
/// link is dropped. Every kept link is added back to the rule it names.
enum RuleLinker {
    static func link(_ standards: inout [Standard], log: DiagnosticLog) {
        guard standards.contains(where: { $0.clauses.contains { $0.rules.contains { !$0.sameAs.isEmpty } } }) else { return }
        var position: [String: (standard: Int, clause: Int, rule: Int)] = [:]
        for (s, standard) in standards.enumerated() {
            for (c, clause) in standard.clauses.enumerated() {
                for (r, rule) in clause.rules.enumerated() { position[rule.fullID] = (s, c, r) }
            }
        }
        let standardIDs = Set(standards.map(\.id))
        var backLinks: [String: [RuleLink]] = [:]
        for s in standards.indices {
            for c in standards[s].clauses.indices {
                for r in standards[s].clauses[c].rules.indices {
                    let rule = standards[s].clauses[c].rules[r]
                    var kept: [RuleLink] = []
                    for link in rule.sameAs {
                        guard let target = position[link.rule] else {
                            let standardID = String(link.rule.prefix { $0 != ":" })
                            if standardIDs.contains(standardID) {
                                log.error("catalog.unknown-reference", "rule '\(rule.fullID)' is the same as '\(link.rule)', which is no loaded rule",
                                          at: link.location, length: link.rule.unicodeScalars.count,
                                          suggestion: Suggestion.closest(to: link.rule, in: position.keys))
                            } else {
                                log.warning("catalog.unknown-link", "rule '\(rule.fullID)' is the same as '\(link.rule)', but no standard '\(standardID)' is loaded; the link is ignored",
                                            at: link.location, length: link.rule.unicodeScalars.count)
                            }
                            continue
                        }
                        let other = standards[target.standard].clauses[target.clause].rules[target.rule]
                        guard other.target == rule.target else {
                            log.error("catalog.link-target-mismatch",
                                      "rule '\(rule.fullID)' (for: \(rule.target)) cannot be the same as '\(link.rule)' (for: \(other.target)): linked rules must check the same part kind",
                                      at: link.location, length: link.rule.unicodeScalars.count)
                            continue
                        }
                        kept.append(link)
                        backLinks[link.rule, default: []].append(RuleLink(rule: rule.fullID, location: link.location, isDeclared: false))
                    }
                    // Only when a link went: setting it copies the rule's storage (`rule` still holds it).
                    if kept.count != rule.sameAs.count { standards[s].clauses[c].rules[r].sameAs = kept }
                }
            }
        }
        for (ruleID, links) in backLinks {
            guard let target = position[ruleID] else { continue }
            var rule = standards[target.standard].clauses[target.clause].rules[target.rule]
            for link in links where !rule.sameAs.contains(where: { $0.rule == link.rule }) { rule.sameAs.append(link) }
            standards[target.standard].clauses[target.clause].rules[target.rule] = rule
        }
    }
}
