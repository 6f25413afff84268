internal import CLibYAML

/// Reads YAML 1.1 (and JSON) through libyaml's event API into positioned ``YAMLNode`` trees.
///
/// The parser is event-driven and non-recursive: nesting depth is bounded by ``YAMLLimits/maxDepth``,
/// alias expansion by ``YAMLLimits/maxAliasExpansion``, so a "billion laughs" input ends in a
/// ``YAMLError`` rather than exhausting memory.
public enum YAMLParser {
    /// Parses exactly one document.
    ///
    /// - Parameters:
    ///   - bytes: The UTF-8 (or UTF-16 with a byte-order mark) input.
    ///   - limits: Bounds on depth and alias expansion.
    /// - Returns: The document and its non-fatal problems.
    /// - Throws: ``YAMLError`` for syntax and encoding errors, alias bombs, excessive depth, unknown
    ///   anchors, and inputs with no document or more than one.
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default) throws(YAMLError) -> YAMLDocument {
        try parse(bytes, limits: limits, pruning: nil)
    }

    /// Parses exactly one document, leaving out of the tree the values `pruning` names (see ``YAMLPruning``).
    ///
    /// - Parameters:
    ///   - bytes: The UTF-8 (or UTF-16 with a byte-order mark) input.
    ///   - limits: Bounds on depth and alias expansion.
    ///   - pruning: What to leave out; nil keeps everything.
    /// - Returns: The document and its non-fatal problems.
    /// - Throws: ``YAMLError``, as the parse without pruning.
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default, pruning: YAMLPruning?) throws(YAMLError) -> YAMLDocument {
        try parse(bytes, limits: limits, pruning: pruning, streaming: nil)
    }

    /// Parses exactly one document, leaving out what `pruning` names and handing the items of the list
    /// `streaming` names to its ``YAMLStreaming/take`` as each is complete.
    ///
    /// When a pruned value holds an anchor or an alias, the document is read again whole, without pruning
    /// or streaming: the list then holds all its items in the tree, and what `take` was handed must be
    /// set aside (a caller can tell from the list not being empty).
    ///
    /// - Parameters:
    ///   - bytes: The UTF-8 (or UTF-16 with a byte-order mark) input.
    ///   - limits: Bounds on depth and alias expansion.
    ///   - pruning: What to leave out; nil keeps everything.
    ///   - streaming: The list whose items are handed over; nil keeps them in the tree.
    /// - Returns: The document and its non-fatal problems.
    /// - Throws: ``YAMLError``, as the parse without pruning.
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default, pruning: YAMLPruning?,
                             streaming: YAMLStreaming?) throws(YAMLError) -> YAMLDocument {
        var builder = Builder(limits: limits, pruning: pruning, streaming: streaming)
        do {
            try run(bytes, into: &builder)
        } catch {
            // A pruned value that holds an anchor or an alias: read the document again, whole.
            if builder.mustKeepEverything { return try parse(bytes, limits: limits, pruning: nil, streaming: nil) }
            throw error
        }
        return try builder.finish()
    }

    private static func run(_ bytes: [UInt8], into builder: inout Builder) throws(YAMLError) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLError) in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) != 0 else {
                throw YAMLError(.syntax, "libyaml could not be initialised (out of memory)", at: YAMLMark(line: 1, column: 1))
            }
            defer { yaml_parser_delete(&parser) }
            // An empty buffer still needs a valid pointer.
            var empty: UInt8 = 0
            let base = buffer.baseAddress ?? withUnsafePointer(to: &empty) { $0 }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) != 0 else {
                    var error = Self.error(from: parser, in: buffer)
                    if error.mark.line == 0 { error.mark = Self.mark(ofByte: error.mark.offset, in: buffer) }
                    throw error
                }
                let done = event.type == YAML_STREAM_END_EVENT
                let handled = Result { () throws(YAMLError) in try builder.handle(event) }
                yaml_event_delete(&event)
                try handled.get()
                if done { break }
            }
        }
    }

    /// Parses text.
    public static func parse(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> YAMLDocument {
        try parse(Array(text.utf8), limits: limits)
    }

    private static func error(from parser: yaml_parser_t, in buffer: UnsafeBufferPointer<UInt8>) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        let kind: YAMLError.Kind = parser.error == YAML_READER_ERROR ? .encoding : .syntax
        let mark = parser.problem_mark
        var message = problem
        if parser.error == YAML_READER_ERROR {
            // The reader reports a byte offset; the caller maps it to a line and column.
            message = "\(problem) at byte \(parser.problem_offset) (the file must be UTF-8)"
            return YAMLError(kind, message, at: YAMLMark(line: 0, column: 0, offset: Int(parser.problem_offset)))
        }
        let context = parser.context.map { String(cString: $0) }
        if let context { message = "\(problem) \(context)" }
        var error: YAMLError
        if let hint = YAMLSyntaxHint.explain(problem: problem, context: context, at: Self.character(at: Self.mark(mark), in: buffer)) {
            error = YAMLError(kind, hint, at: Self.mark(mark))
            error.detail = message
        } else {
            error = YAMLError(kind, message, at: Self.mark(mark))
        }
        if let context { error.note = YAMLNote(YAMLSyntaxHint.describe(context: context), at: Self.mark(parser.context_mark)) }
        return error
    }

    /// The character at a 1-based line and column, if there is one (for explaining what libyaml tripped on).
    private static func character(at mark: YAMLMark, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var line = 1
        var start = 0
        while line < mark.line, start < bytes.count {
            if bytes[start] == 0x0A { line += 1 }
            start += 1
        }
        guard line == mark.line, start < bytes.count else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        return mark.column - 1 < scalars.count && mark.column >= 1 ? scalars[mark.column - 1] : nil
    }

    /// The line and column of a byte offset (columns counted in characters up to that byte).
    private static func mark(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> YAMLMark {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        for index in 0..<end where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        // Count UTF-8 lead bytes (not continuation bytes) for the column.
        let column = (lineStart..<end).reduce(1) { $0 + ((bytes[$1] & 0xC0) == 0x80 ? 0 : 1) }
        return YAMLMark(line: line, column: column, offset: offset)
    }

    static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1, offset: Int(mark.index))
    }
}
