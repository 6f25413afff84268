/// Why a YAML input could not be read, with where.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure.
    public enum Kind: String, Sendable, Hashable {
        /// libyaml rejected the text (its problem is in ``message``).
        case syntax = "yaml.syntax"
        /// The input is not valid UTF-8 or holds forbidden characters.
        case encoding = "yaml.encoding"
        /// Aliases would expand past ``YAMLLimits/maxAliasExpansion``.
        case aliasBomb = "yaml.alias-expansion"
        /// Collections nest deeper than ``YAMLLimits/maxDepth``.
        case tooDeep = "yaml.too-deep"
        /// An alias names an anchor that is not defined before it.
        case unknownAnchor = "yaml.unknown-anchor"
        /// The file holds more than one document, or none.
        case documentCount = "yaml.document-count"
        /// A mapping repeats a key.
        case duplicateKey = "yaml.duplicate-key"
        /// A merge key (`<<`) is given something other than a mapping or a list of mappings.
        case badMerge = "yaml.bad-merge"
        /// A mapping key is not a scalar.
        case complexKey = "yaml.complex-key"
    }

    /// What kind of failure; its raw value is a stable diagnostic id.
    public var kind: Kind
    /// What went wrong, in words.
    public var message: String
    /// Where.
    public var mark: YAMLMark
    /// A second position that helps (for example the first occurrence of a duplicate key).
    public var note: YAMLNote?
    /// libyaml's own words for a syntax error whose ``message`` explains it in plain terms
    /// (`did not find expected '-' indicator while parsing a block collection`); nil otherwise.
    public var detail: String?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, at mark: YAMLMark) {
        self.kind = kind
        self.message = message
        self.mark = mark
    }

    public var description: String { "\(mark.line):\(mark.column): \(message)" }
}

/// A secondary position attached to a ``YAMLError``.
public struct YAMLNote: Sendable, Hashable {
    /// What is at that position.
    public var message: String
    /// Where.
    public var mark: YAMLMark

    /// Creates a note.
    public init(_ message: String, at mark: YAMLMark) {
        self.message = message
        self.mark = mark
    }
}
