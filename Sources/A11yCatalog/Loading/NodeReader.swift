import A11yModel
import A11yYAML

/// Reads typed values out of YAML nodes of one file, reporting every problem with its position.
struct NodeReader {
    let file: String
    let log: DiagnosticLog
    /// Added to every line (for documents that start inside a file, such as JSON Lines).
    var lineOffset = 0
    /// The file's lines, for positions inside multi-line and escaped scalars (``span(in:offset:length:)``);
    /// without them such positions are the start of the value.
    var lines: LineIndex? = nil
    /// Whether rules' examples are decoded (``ExampleLoading``); when not, their values are not in the tree.
    var decodesExamples = true
    /// Whether decoded examples stay on their rules; when not (`lint`), each rule's examples are decoded
    /// and checked, their problems reported, and then let go, so they are never all alive at once.
    var keepsExamples = true

    func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, line: node.start.line + lineOffset, column: node.start.column)
    }

    /// The width of a node on its first line, for carets.
    func length(_ node: YAMLNode) -> Int {
        guard let text = node.scalar, node.start.line == node.end.line else { return 1 }
        return max(1, min(text.unicodeScalars.count + (node.scalarStyle?.isQuotedOrBlock == true ? 2 : 0), node.end.column - node.start.column))
    }

    /// The keys of a mapping node, checked: unknown keys are errors (with a suggestion), missing
    /// required keys are errors at the mapping. Returns nil (after reporting) if the node is not a mapping.
    func fields(_ node: YAMLNode, _ what: String, allowed: [String], required: [String] = []) -> NodeFields? {
        guard let pairs = node.pairs else {
            log.error("catalog.expected-mapping", "expected \(what) as a mapping, found \(node.kindDescription)", at: location(node), length: length(node))
            return nil
        }
        // The node's pairs are kept as they are unless one of them is left out (no copy in the usual case).
        var kept: [YAMLNode.Pair]?
        for (index, pair) in pairs.enumerated() {
            guard let key = pair.key.scalar else {
                if kept == nil { kept = Array(pairs[..<index]) }
                continue
            }
            if allowed.contains(key) {
                kept?.append(pair)
            } else {
                if kept == nil { kept = Array(pairs[..<index]) }
                log.error(
                    "catalog.unknown-key",
                    "unknown key '\(key)' in \(what) (expected \(allowed.joined(separator: ", ")))",
                    at: location(pair.key), length: key.unicodeScalars.count,
                    suggestion: Suggestion.closest(to: key, in: allowed))
            }
        }
        let result = NodeFields(kept ?? pairs)
        for key in required where result[key] == nil || result[key]?.isNull == true {
            log.error("catalog.missing-key", "\(what) needs '\(key)'", at: location(node), length: 1)
        }
        return result
    }

    /// A non-empty scalar string.
    func string(_ node: YAMLNode?, _ what: String) -> String? {
        guard let node else { return nil }
        guard let text = node.scalar, !node.isNull else {
            log.error("catalog.expected-scalar", "expected \(what) as text, found \(node.kindDescription)", at: location(node), length: length(node))
            return nil
        }
        guard !text.isEmpty else {
            log.error("catalog.empty", "\(what) is empty", at: location(node))
            return nil
        }
        return text
    }

    /// An id: non-empty text without spaces.
    func identifier(_ node: YAMLNode?, _ what: String) -> String? {
        guard let text = string(node, what), let node else { return nil }
        if text.contains(" ") || text.contains("\t") {
            log.error("catalog.bad-id", "\(what) '\(text)' must not contain spaces", at: location(node), length: length(node))
            return nil
        }
        return text
    }

    /// `{zh: …, en: …}` or a plain string (which fills both).
    func localized(_ node: YAMLNode?, _ what: String) -> LocalizedText {
        guard let node, !node.isNull else { return LocalizedText() }
        if let text = node.scalar { return LocalizedText(zh: text, en: text) }
        guard let fields = fields(node, what, allowed: ["zh", "en"]) else { return LocalizedText() }
        return LocalizedText(zh: string(fields["zh"], "\(what) zh"), en: string(fields["en"], "\(what) en"))
    }

    func bool(_ node: YAMLNode?, _ what: String) -> Bool? {
        guard let node else { return nil }
        switch node.scalarStyle == .plain ? node.scalar : nil {
        case "true", "True", "yes": return true
        case "false", "False", "no": return false
        default:
            log.error("catalog.expected-bool", "expected \(what) as true or false, found '\(node.scalar ?? node.kindDescription)'", at: location(node), length: length(node))
            return nil
        }
    }

    func number(_ node: YAMLNode?, _ what: String, minimum: Double? = nil, maximum: Double? = nil) -> Double? {
        guard let node else { return nil }
        guard let text = node.scalar, node.scalarStyle == .plain, let value = Double(text), value.isFinite else {
            log.error("catalog.expected-number", "expected \(what) as a number, found '\(node.scalar ?? node.kindDescription)'", at: location(node), length: length(node))
            return nil
        }
        if let minimum, value < minimum {
            log.error("catalog.out-of-range", "\(what) must be at least \(QuantityFormat.number(minimum)), found \(text)", at: location(node), length: length(node))
            return nil
        }
        if let maximum, value > maximum {
            log.error("catalog.out-of-range", "\(what) must be at most \(QuantityFormat.number(maximum)), found \(text)", at: location(node), length: length(node))
            return nil
        }
        return value
    }

    func date(_ node: YAMLNode?, _ what: String) -> Day? {
        guard let node, let text = string(node, what) else { return nil }
        guard let day = Day(text) else {
            log.error("catalog.expected-date", "expected \(what) as a date YYYY-MM-DD, found '\(text)'", at: location(node), length: length(node))
            return nil
        }
        return day
    }

    /// One of a closed set of words, with a suggestion when it is close to one.
    func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode?, _ what: String, _ type: T.Type) -> T? where T.RawValue == String {
        guard let node, let text = string(node, what) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        log.error(
            "catalog.unknown-value", "unknown \(what) '\(text)' (expected \(names.joined(separator: ", ")))",
            at: location(node), length: length(node), suggestion: Suggestion.closest(to: text, in: names))
        return nil
    }

    /// A sequence's items (a single scalar is taken as a one-item list where `lenient`).
    func list(_ node: YAMLNode?, _ what: String, lenient: Bool = false) -> [YAMLNode] {
        guard let node, !node.isNull else { return [] }
        if let items = node.items { return items }
        if lenient, node.scalar != nil { return [node] }
        log.error("catalog.expected-sequence", "expected \(what) as a list, found \(node.kindDescription)", at: location(node), length: length(node))
        return []
    }

    /// A list of strings.
    func strings(_ node: YAMLNode?, _ what: String) -> [String] {
        list(node, what, lenient: true).compactMap { string($0, what) }
    }

    /// The pairs of a mapping whose keys are names (facts, parts, attributes).
    func entries(_ node: YAMLNode?, _ what: String) -> [(name: String, key: YAMLNode, value: YAMLNode)] {
        guard let node, !node.isNull else { return [] }
        guard let pairs = node.pairs else {
            log.error("catalog.expected-mapping", "expected \(what) as a mapping, found \(node.kindDescription)", at: location(node), length: length(node))
            return []
        }
        return pairs.compactMap { pair in pair.key.scalar.map { ($0, pair.key, pair.value) } }
    }

    /// The location of offset `offset` inside a scalar node (for positions inside expressions).
    func location(in node: YAMLNode, offset: Int) -> SourceLocation {
        span(in: node, offset: offset, length: 1).location
    }

    /// The location and caret length, in the file, of `length` characters at `offset` of a scalar's value,
    /// through the scalar's line structure (``ScalarSourceMap``), with a note when the file's text differs
    /// there (a folded line break, an escape) or the layout could not be followed.
    func span(in node: YAMLNode, offset: Int, length: Int) -> (location: SourceLocation, length: Int, notes: [DiagnosticNote]) {
        let base = location(node)
        guard let value = node.scalar else { return (base, length, []) }
        // A one-line plain scalar is the file's text itself.
        if node.scalarStyle == .plain, node.start.line == node.end.line { return (base.advanced(by: offset), length, []) }
        if let lines, let map = ScalarSourceMap(node, lines: lines) {
            var span = map.span(offset: offset, length: length, file: file)
            span.location.line += lineOffset
            let notes = span.isExact ? [] : [DiagnosticNote(
                "the value's text differs from the file's here (YAML folds line breaks into spaces and reads escapes); the position is where that text starts")]
            return (span.location, span.length, notes)
        }
        if node.start.line == node.end.line, node.scalarStyle == .singleQuoted || node.scalarStyle == .doubleQuoted,
           !value.contains("\\"), !value.contains("'") {
            return (base.advanced(by: offset + 1), length, [])
        }
        return (base, length, offset == 0 ? [] : [DiagnosticNote(
            "the position is the start of the value: the offending text is \(offset) characters into it")])
    }
}
