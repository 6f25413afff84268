/// One rule shape of ``SyntheticWorkload``'s realistic mix, to generate a catalog of that shape alone
/// (`a11y-rules bench generate --shape table`): each shape's kernel can then be timed against the same
/// in-run baselines as the whole mix, on the same subjects.
public enum RuleShape: String, CaseIterable, Sendable {
    /// `widthN >= T mm` (25 % of the mix).
    case threshold
    /// `slopeN <= 1:12` (15 %).
    case ratio
    /// `widthN in T mm..T+150 mm` (12 %).
    case range
    /// `fontN >= 24 dp` (8 %).
    case fontSize = "font-size"
    /// `when: flagN`, `widthN <= T mm` (15 %).
    case whenThreshold = "when-threshold"
    /// `flagN and widthN > T mm` (10 %).
    case flagAnd = "flag-and"
    /// `when: slopeN <= 1:8`, `widthN <= max-rise(slopeN)` (5 %).
    case table
    /// A subject rule `count(parts.K where widthN < T mm) == 0` (5 %).
    case count
    /// `kindN == "both-sides"` (5 %).
    case enumeration = "enum"

    /// The generator's rolls (0 to 99) that give this shape in the mix.
    var rolls: Range<Int> {
        switch self {
        case .threshold: return 0..<25
        case .ratio: return 25..<40
        case .range: return 40..<52
        case .fontSize: return 52..<60
        case .whenThreshold: return 60..<75
        case .flagAnd: return 75..<85
        case .table: return 85..<90
        case .count: return 90..<95
        case .enumeration: return 95..<100
        }
    }
}
