import A11yRules

/// The catalog the targets load fuzzed files against: a small vocabulary and a standard with a
/// table, so that names, units, tables and aggregates all resolve.
public enum FuzzFixture {
    public static let vocabulary = """
    vocabulary:
      id: hall
      facts:
        parking_spaces: {type: count}
        accessible_parking_spaces: {type: count}
        has_green_channel_window: {type: bool}
        opened: {type: date}
        level: {type: number}
      parts:
        ramp:
          attributes:
            clear_width: {type: length, unit: m}
            slope: {type: ratio}
            rise: {type: length, unit: m}
            handrails: {type: enum, values: [none, one-side, both-sides]}
            at_accessible_entrance: {type: bool}
        door:
          attributes:
            clear_width: {type: length, unit: mm}
            kind: {type: enum, values: [swing, sliding, automatic]}
    """

    /// A standard whose single rule checks `check` (written as a double-quoted YAML scalar).
    public static func standard(check: String, part: String = "ramp") -> String {
        """
        standard:
          id: FUZZ
          title: {zh: 模糊测试, en: Fuzz}
          type: national-recommended
          vocabulary: hall
          tables:
            ramp-max-rise:
              input: ratio
              output: length
              interpolate: linear
              rows: [[1:20, 1.20 m], [1:16, 0.90 m], [1:12, 0.75 m], [1:10, 0.60 m], [1:8, 0.30 m]]
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - id: fuzzed
                  for: \(part)
                  check: \(quoted(check))
                - id: width
                  for: ramp
                  check: clear_width >= 1.2 m and rise <= ramp-max-rise(slope)
        """
    }

    /// Subjects that reach known, unknown, uncertain and extreme values.
    public static let subjects = """
    subject:
      id: s1
      kind: hall
      assessed: 2022-09-20
      facts: {parking_spaces: 120, accessible_parking_spaces: 2, has_green_channel_window: true, opened: 2020-01-01, level: -3}
      parts:
        ramp:
          - {id: r1, clear_width: 1.25 m, slope: 1:12, rise: 450 mm, handrails: both-sides, at_accessible_entrance: true}
          - {id: r2, clear_width: 1.19 m ± 0.02 m, slope: 1:10}
          - {id: r3, clear_width: 0 m, slope: 1:8, rise: 1e300 m}
          - {id: r4}
        door:
          - {id: d1, clear_width: 800 mm, kind: swing}
          - {id: d2, kind: automatic}
    """

    /// `text` as a double-quoted YAML scalar (every character that needs it escaped).
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.value == 0xFEFF
                    || (0xD800...0xDFFF).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += scalar.value > 0xFFFF
                        ? "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                        : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The fixture's files and `extra`, loaded together.
    public static func load(_ extra: [SourceFile]) -> CatalogLoader.Result {
        CatalogLoader.load([SourceFile(path: "vocabulary.yaml", text: vocabulary)] + extra)
    }
}
