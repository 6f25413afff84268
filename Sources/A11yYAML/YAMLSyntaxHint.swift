/// Plain words for libyaml's syntax problems, so a rule author sees what to change rather than the
/// parser's vocabulary ("block collection", "simple key").
///
/// libyaml reports a problem ("did not find expected '-' indicator") and the construct it was reading
/// when it failed ("while parsing a block collection"). The hint says what that usually means in a
/// rule or subject file; libyaml's own text is kept beside it (``YAMLError/detail``).
enum YAMLSyntaxHint {
    /// What `problem` means here, or nil when there is nothing better to say than libyaml's text.
    ///
    /// - Parameter character: The character at the problem's position, when known.
    static func explain(problem: String, context: String?, at character: Unicode.Scalar? = nil) -> String? {
        let context = context ?? ""
        if problem.hasPrefix("did not find expected '-' indicator") {
            return "this line is not indented like the list items above it: every '- ' item of one list starts at the same column"
        }
        if problem.hasPrefix("did not find expected key") {
            return "this line does not line up with the keys of the mapping above it, or text follows a closing quote: keys of one mapping start at the same column, and a quoted value ends at its closing quote"
        }
        if problem.hasPrefix("mapping values are not allowed") {
            return "a value containing ': ' must be quoted (write key: \"a: b\"); or this key is indented deeper than the key above it"
        }
        if problem.hasPrefix("block sequence entries are not allowed") {
            return "a '- ' list cannot start on the same line as its key: put each '- ' item on its own line below the key, indented"
        }
        if problem.contains("tab character") || (problem.hasPrefix("found character that cannot start any token") && character == "\t") {
            return "YAML is indented with spaces, never tabs: replace the tab with spaces"
        }
        if problem.hasPrefix("found character that cannot start any token") {
            return "a plain value cannot start with '\(character.map(String.init) ?? "this character")': quote the value"
        }
        if problem.hasPrefix("found unexpected end of stream"), context.contains("quoted scalar") {
            return "a quoted value is never closed: add the closing quote"
        }
        if problem.hasPrefix("did not find expected ',' or ']'") {
            return "a list written [ … ] is not closed with ']', or two items are not separated by ','; in YAML an item containing ',', ': ' or ']' must be quoted"
        }
        if problem.hasPrefix("did not find expected ',' or '}'") {
            return "a mapping written { … } is not closed with '}', or two entries are not separated by ','; in YAML a value containing ': ', ',' or '}' must be quoted (write {en: \"a: b\"})"
        }
        if problem.hasPrefix("could not find expected ':'") {
            return "a key is not followed by ':', or a plain value runs onto the next line: quote the value, or write multi-line text after '|'"
        }
        if problem.hasPrefix("did not find expected node content") {
            return "a value is missing here (an empty item in [ … ] or { … }, or a stray ',')"
        }
        if problem.hasPrefix("found unknown escape character") {
            return "'\\' in a double-quoted value starts an escape: write '\\\\', or use single quotes"
        }
        if problem.contains("tag") {
            return "'!' at the start of a value begins a YAML tag: quote the value"
        }
        if problem.hasPrefix("did not find expected alphabetic or numeric character"), context.contains("anchor") || context.contains("alias") {
            return "'&' or '*' at the start of a value names an anchor or an alias: quote the value"
        }
        if problem.hasPrefix("found character that cannot start any token") || problem.hasPrefix("found unexpected ':'") {
            return "quote this value"
        }
        return nil
    }

    /// The construct libyaml was reading, in words for the note at its start ("the list began here").
    static func describe(context: String) -> String {
        switch context {
        case let c where c.contains("block collection"): return "the list began here"
        case let c where c.contains("block mapping"): return "the mapping began here"
        case let c where c.contains("flow sequence"): return "the '[' opened here"
        case let c where c.contains("flow mapping"): return "the '{' opened here"
        case let c where c.contains("quoted scalar"): return "the quote opened here"
        case let c where c.contains("plain scalar"): return "the value began here"
        case let c where c.contains("simple key"): return "the key began here"
        default: return context
        }
    }
}
