/// Columns padded to the widest cell, counting CJK characters as two columns wide.
enum TextTable {
    static func render(_ headings: [String], _ rows: [[String]]) -> String {
        let all = [headings] + rows
        var widths = Array(repeating: 0, count: headings.count)
        for row in all { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], width(cell)) } }
        var out = ""
        for row in all {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - width(cell) + 2) }
            }
            out += line + "\n"
        }
        return out
    }

    /// Display width: East Asian wide and full-width characters take two columns.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
                || (0x20000...0x3FFFD).contains(v)
            return sum + (wide ? 2 : 1)
        }
    }
}
