import A11yModel

/// Marks linked findings (`same_as`) on one instance: the governing one, and those that corroborate it.
///
/// Findings of linked rules (directly or through other links) on the same part instance form a group;
/// inapplicable findings take no part. The governing finding is, in this order: the one of a mandatory
/// provision (强制性条文); then the stricter obligation (must, shall, should, may); then one whose clause
/// is not superseded over one that is; then the first in catalog order. Every other finding of the group
/// gets ``Finding/corroborates`` set to the governing rule's id, and the governing finding lists them in
/// ``Finding/corroboratedBy``.
enum Corroborations {
    static func mark(_ findings: inout [Finding], links: [String: [String]]) {
        var byInstance: [FindingSlot: [Int]] = [:]
        for index in findings.indices {
            guard let rule = findings[index].rule, links[rule] != nil, findings[index].outcome != .inapplicable else { continue }
            byInstance[FindingSlot(part: findings[index].part, instance: findings[index].instance), default: []].append(index)
        }
        for indexes in byInstance.values where indexes.count > 1 {
            for group in groups(indexes, findings: findings, links: links) where group.count > 1 {
                var main = group[0]
                for index in group.dropFirst() where precedes(findings[index], findings[main]) { main = index }
                guard let mainRule = findings[main].rule else { continue }
                for index in group where index != main {
                    findings[index].corroborates = mainRule
                    if let rule = findings[index].rule { findings[main].corroboratedBy.append(rule) }
                }
            }
        }
    }

    /// Connected groups of the findings at `indexes` (one instance), in catalog order.
    private static func groups(_ indexes: [Int], findings: [Finding], links: [String: [String]]) -> [[Int]] {
        var position: [String: Int] = [:]
        for index in indexes { if let rule = findings[index].rule { position[rule] = index } }
        var seen: Set<Int> = []
        var result: [[Int]] = []
        for start in indexes where !seen.contains(start) {
            var group: [Int] = []
            var stack = [start]
            seen.insert(start)
            while let index = stack.popLast() {
                group.append(index)
                for other in findings[index].rule.flatMap({ links[$0] }) ?? [] {
                    guard let next = position[other], !seen.contains(next) else { continue }
                    seen.insert(next)
                    stack.append(next)
                }
            }
            result.append(group.sorted())
        }
        return result
    }

    /// Whether `a` governs over `b` (strictly ranks before it).
    private static func precedes(_ a: Finding, _ b: Finding) -> Bool {
        if a.isMandatory != b.isMandatory { return a.isMandatory }
        let ra = rank(a.obligation), rb = rank(b.obligation)
        if ra != rb { return ra < rb }
        if a.supersededBy.isEmpty != b.supersededBy.isEmpty { return a.supersededBy.isEmpty }
        return false
    }

    private static func rank(_ obligation: Obligation?) -> Int {
        switch obligation ?? .shall {
        case .must: return 0
        case .shall: return 1
        case .should: return 2
        case .may: return 3
        }
    }
}

private struct FindingSlot: Hashable {
    var part: String?
    var instance: String
}
