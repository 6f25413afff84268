import A11yModel
import A11yYAML

/// Where each character of a scalar's value was written in the file, so that an error at an offset
/// inside a multi-line expression points at its own line and column.
///
/// YAML changes text on the way from the file to the value, differently for each style: a literal block
/// (`|`) drops each line's indentation; a folded block (`>`) and plain and quoted scalars also turn single
/// line breaks into spaces; quoted scalars turn escapes (`\u5761`, `''`) into single characters. The map
/// follows those rules line by line. Characters copied from the file map exactly; a folded space or an
/// escaped character maps to where it came from (the end of the line, the backslash) and is marked
/// inexact. The map checks itself: unless the text it rebuilds is the value libyaml gave, it is not used.
struct ScalarSourceMap {
    /// The place in the file of one value character.
    struct Place {
        var line: Int
        var column: Int
        /// The character is the file's own (not a folded line break or an escape).
        var isExact: Bool
        /// How many file characters it takes (an escape's length; 1 otherwise).
        var width = 1
    }

    /// One place per scalar of the value.
    private(set) var places: [Place] = []
    private var text: [Unicode.Scalar] = []

    /// The map of `node`'s value, or nil when the node is not a scalar or its layout cannot be followed.
    init?(_ node: YAMLNode, lines: LineIndex) {
        guard case .scalar(let value, let style) = node.content else { return nil }
        var source: [[Unicode.Scalar]] = []
        for number in node.start.line...max(node.start.line, node.end.line) {
            guard let bytes = lines.line(number) else { break }
            source.append(Array(String(decoding: bytes, as: UTF8.self).unicodeScalars))
        }
        guard !source.isEmpty else { return nil }
        var reader = Walk(source: source, firstLine: node.start.line)
        switch style {
        case .plain: reader.flow(from: node.start.column - 1, quote: nil, endColumn: node.end.column, endLine: node.end.line)
        case .singleQuoted: reader.flow(from: node.start.column, quote: "'", endColumn: nil, endLine: node.end.line)
        case .doubleQuoted: reader.flow(from: node.start.column, quote: "\"", endColumn: nil, endLine: node.end.line)
        case .literal: reader.block(folded: false)
        case .folded: reader.block(folded: true)
        }
        places = reader.places
        text = reader.text
        // Chomping only decides how many line breaks end the value: compare without them.
        func trimmed(_ scalars: some Collection<Unicode.Scalar>) -> [Unicode.Scalar] {
            var result = Array(scalars)
            while result.last == "\n" { result.removeLast() }
            return result
        }
        guard trimmed(text) == trimmed(value.unicodeScalars), !places.isEmpty else { return nil }
    }

    /// The place of value offset `offset` (0-based, in scalars), clamped to the value.
    func place(_ offset: Int) -> Place {
        places[min(max(0, offset), places.count - 1)]
    }

    /// The location and caret length of `length` value scalars from `offset`, and whether they were
    /// written in the file as they read (no folded break or escape among them).
    func span(offset: Int, length: Int, file: String) -> (location: SourceLocation, length: Int, isExact: Bool) {
        let first = place(offset)
        let lastOffset = offset + max(1, length) - 1
        let last = place(lastOffset)
        let lower = min(max(0, offset), places.count - 1), upper = min(max(lower, lastOffset), places.count - 1)
        let exact = places[lower...upper].allSatisfy(\.isExact)
        let caret = last.line == first.line && last.column >= first.column ? last.column + last.width - first.column : max(1, length)
        return (SourceLocation(file: file, line: first.line, column: first.column), caret, exact)
    }
}

/// The state of one walk through a scalar's lines.
private struct Walk {
    let source: [[Unicode.Scalar]]
    let firstLine: Int
    var places: [ScalarSourceMap.Place] = []
    var text: [Unicode.Scalar] = []

    init(source: [[Unicode.Scalar]], firstLine: Int) {
        self.source = source
        self.firstLine = firstLine
    }

    mutating func emit(_ scalar: Unicode.Scalar, line: Int, index: Int, exact: Bool, width: Int = 1) {
        text.append(scalar)
        places.append(.init(line: firstLine + line, column: index + 1, isExact: exact, width: width))
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    /// Plain and quoted scalars: line breaks fold (one break: a space; n breaks: n − 1 newlines), each
    /// line's leading and trailing blanks are dropped, and quoted scalars read their escapes.
    mutating func flow(from start: Int, quote: Unicode.Scalar?, endColumn: Int?, endLine: Int) {
        var pending: [(Unicode.Scalar, Int, Int)] = []  // blanks kept only if the line goes on
        var breaks = 0
        var lastContent: (line: Int, index: Int)?
        var escapedBreak = false
        for (line, scalars) in source.enumerated() {
            var index = line == 0 ? start : 0
            if line > 0 {
                while index < scalars.count, Self.isBlank(scalars[index]) { index += 1 }
            }
            var limit = scalars.count
            if quote == nil, firstLine + line == endLine, let endColumn { limit = min(limit, endColumn - 1) }
            var startedLine = false
            while index < limit {
                let scalar = scalars[index]
                if let quote, scalar == quote {
                    if quote == "'", index + 1 < scalars.count, scalars[index + 1] == "'" {
                        fold(&breaks, &lastContent, &escapedBreak, line: line, started: &startedLine)
                        flush(&pending)
                        emit("'", line: line, index: index, exact: false, width: 2)
                        lastContent = (line, index + 1)
                        index += 2
                        continue
                    }
                    return
                }
                if Self.isBlank(scalar) {
                    pending.append((scalar, line, index))
                    index += 1
                    continue
                }
                fold(&breaks, &lastContent, &escapedBreak, line: line, started: &startedLine)
                flush(&pending)
                if quote == "\"", scalar == "\\" {
                    guard index + 1 < scalars.count else {
                        // A backslash at the end of the line: the break is escaped, no space.
                        escapedBreak = true
                        index += 1
                        continue
                    }
                    let (value, width) = Self.escape(scalars, at: index)
                    guard let value else { return }
                    emit(value, line: line, index: index, exact: false, width: width)
                    lastContent = (line, index + width)
                    index += width
                    continue
                }
                emit(scalar, line: line, index: index, exact: true)
                lastContent = (line, index + 1)
                index += 1
            }
            pending.removeAll()
            if line < source.count - 1 { breaks += 1 }
        }
    }

    /// Writes the line breaks met since the last content, folded, before the next content character.
    private mutating func fold(_ breaks: inout Int, _ last: inout (line: Int, index: Int)?, _ escaped: inout Bool,
                               line: Int, started: inout Bool) {
        defer { started = true; breaks = 0; escaped = false }
        guard !started, breaks > 0, let at = last else { return }
        if escaped { return }
        if breaks == 1 {
            emit(" ", line: at.line, index: at.index, exact: false)
        } else {
            for _ in 1..<breaks { emit("\n", line: at.line, index: at.index, exact: false) }
        }
    }

    private mutating func flush(_ pending: inout [(Unicode.Scalar, Int, Int)]) {
        for (scalar, line, index) in pending { emit(scalar, line: line, index: index, exact: true) }
        pending.removeAll()
    }

    /// The character a double-quoted escape stands for, and how many file characters it takes.
    private static func escape(_ scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar?, Int) {
        let code = scalars[index + 1]
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "0": "\0", "a": "\u{07}", "b": "\u{08}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{0B}", "f": "\u{0C}",
            "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\", "N": "\u{85}", "_": "\u{A0}",
            "L": "\u{2028}", "P": "\u{2029}",
        ]
        if let value = simple[code] { return (value, 2) }
        let digits: Int
        switch code {
        case "x": digits = 2
        case "u": digits = 4
        case "U": digits = 8
        default: return (nil, 0)
        }
        guard index + 2 + digits <= scalars.count else { return (nil, 0) }
        let hex = String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 2 + digits)]))
        guard let number = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(number) else { return (nil, 0) }
        return (scalar, 2 + digits)
    }

    /// Literal and folded blocks: the content lines after the header, less their indentation; a folded
    /// block turns a single break between two lines that are not more indented into a space.
    mutating func block(folded: Bool) {
        let content = source.dropFirst()
        guard let first = content.firstIndex(where: { $0.contains { !Self.isBlank($0) } }) else { return }
        let indent = content[first].prefix { $0 == " " }.count
        guard indent > 0 else { return }
        var emptyLines = 0
        var previous: (line: Int, length: Int, moreIndented: Bool)?
        for line in content.indices {
            let scalars = source[line]
            let isEmpty = scalars.allSatisfy { $0 == " " } && scalars.count <= indent || scalars.allSatisfy(Self.isBlank)
            if isEmpty {
                if previous != nil { emptyLines += 1 }
                continue
            }
            let leading = scalars.prefix { $0 == " " }.count
            guard leading >= indent else { break }  // the block ended: the next key
            let moreIndented = scalars.count > indent && Self.isBlank(scalars[indent])
            if let last = previous {
                let foldsToSpace = folded && !last.moreIndented && !moreIndented
                let newlines = foldsToSpace ? emptyLines : emptyLines + 1
                if foldsToSpace && emptyLines == 0 {
                    emit(" ", line: last.line, index: last.length, exact: false)
                } else {
                    for _ in 0..<newlines { emit("\n", line: last.line, index: last.length, exact: false) }
                }
            }
            emptyLines = 0
            for index in indent..<scalars.count { emit(scalars[index], line: line, index: index, exact: true) }
            previous = (line, scalars.count, moreIndented)
        }
    }
}
