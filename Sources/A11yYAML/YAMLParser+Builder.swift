internal import CLibYAML

extension YAMLParser {
    /// Turns the event stream into nodes with an explicit stack (no recursion on input depth).
    struct Builder {
        private struct Frame {
            enum Kind { case sequence, mapping }
            var kind: Kind
            var start: YAMLMark
            var anchor: String?
            var tag: String?
            var items: [YAMLNode] = []
            var pairs: [YAMLNode.Pair] = []
            var pendingKey: YAMLNode?
            /// Keys of large mappings, hashed; small mappings (most of them) are scanned instead.
            var seenKeys: [String: YAMLMark] = [:]
            var merges: [YAMLNode] = []
            var size = 1
            /// A sequence under one of the pruning's list keys: its mapping items have their pruned key left out.
            var prunesItems = false
            /// A mapping whose value of the pruning's key is left out.
            var prunesKey = false
            /// The streamed list: its items go to the streaming's `take`.
            var streamsItems = false

            static let hashingThreshold = 12

            func firstKey(named name: String) -> YAMLMark? {
                if pairs.count < Self.hashingThreshold {
                    return pairs.first { $0.key.scalar == name }?.key.start
                }
                return seenKeys[name]
            }

            mutating func noteKey(_ name: String, at mark: YAMLMark) {
                if pairs.count + 1 == Self.hashingThreshold {
                    for pair in pairs { if let key = pair.key.scalar { seenKeys[key] = pair.key.start } }
                }
                if pairs.count + 1 >= Self.hashingThreshold { seenKeys[name] = mark }
            }

            /// Adds a pair unless its key is already in the mapping; returns where that key was first given.
            /// (A mutating method, so that the frame is changed in place on the stack, not copied.)
            mutating func insert(_ key: consuming YAMLNode, named name: String, value: consuming YAMLNode) -> YAMLMark? {
                if let first = firstKey(named: name) { return first }
                noteKey(name, at: key.start)
                pairs.append(YAMLNode.Pair(key: key, value: value))
                return nil
            }

            /// The key waiting for its value, taken out of the frame (nil when the next node is a key).
            mutating func takePendingKey() -> YAMLNode? {
                pendingKey.take()
            }
        }

        let limits: YAMLLimits
        private var stack: [Frame] = []
        private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
        private var root: YAMLNode?
        private var documents = 0
        private var writtenNodes = 0
        private var expandedNodes = 0
        private var problems: [YAMLError] = []
        private var streamEnd = YAMLMark(line: 1, column: 1)

        /// What to leave out of the tree (nil once the document's kind rules pruning out).
        private var pruning: YAMLPruning?
        /// Nesting inside the value being left out (0: not inside one), its start and its node count.
        private var skippedDepth = 0
        private var skippedStart = YAMLMark(line: 1, column: 1)
        private var skippedSize = 0
        /// Set when a pruned value holds an anchor or an alias: the caller parses again without pruning.
        private(set) var mustKeepEverything = false

        /// The list whose items are handed over as they complete (only the first list at its path:
        /// a second one is a duplicate key, dropped).
        private let streaming: YAMLStreaming?
        private var streamed = false

        init(limits: YAMLLimits, pruning: YAMLPruning? = nil, streaming: YAMLStreaming? = nil) {
            self.limits = limits
            self.pruning = pruning
            self.streaming = streaming
        }

        mutating func handle(_ event: yaml_event_t) throws(YAMLError) {
            if skippedDepth > 0 { return try skip(event) }
            let start = YAMLParser.mark(event.start_mark)
            let end = YAMLParser.mark(event.end_mark)
            if let pruning, event.type == YAML_SEQUENCE_START_EVENT || event.type == YAML_MAPPING_START_EVENT,
               !stack.isEmpty, stack[stack.count - 1].prunesKey, stack[stack.count - 1].pendingKey?.scalar == pruning.key {
                if stack.count >= limits.maxDepth {
                    throw YAMLError(.tooDeep, "collections nest deeper than \(limits.maxDepth) levels", at: start)
                }
                let anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                if anchor != nil { return try keepEverything() }
                skippedDepth = 1
                skippedStart = start
                skippedSize = 1
                return
            }
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw YAMLError(.documentCount, "a file holds one document; a second one starts here", at: start)
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = Self.string(scalar.value, Int(scalar.length))
                let style: YAMLNode.ScalarStyle
                switch scalar.style {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
                case YAML_LITERAL_SCALAR_STYLE: style = .literal
                case YAML_FOLDED_SCALAR_STYLE: style = .folded
                default: style = .plain
                }
                let node = YAMLNode(.scalar(text, style), start: start, end: end, tag: Self.optionalString(scalar.tag))
                writtenNodes += 1
                try add(node, size: 1, anchor: Self.optionalString(scalar.anchor))
            case YAML_ALIAS_EVENT:
                let name = Self.optionalString(event.data.alias.anchor) ?? ""
                guard let anchored = anchors[name] else {
                    throw YAMLError(.unknownAnchor, "alias '*\(name)' names no anchor defined before it", at: start)
                }
                expandedNodes += anchored.size
                let allowance = max(limits.maxAliasExpansion, limits.aliasExpansionFactor * writtenNodes)
                if expandedNodes > allowance {
                    throw YAMLError(
                        .aliasBomb,
                        "aliases expand to more than \(allowance) nodes (a 'billion laughs' document?); the file is rejected",
                        at: start)
                }
                var node = anchored.node
                node.start = start
                node.end = end
                try add(node, size: anchored.size, anchor: nil)
            case YAML_SEQUENCE_START_EVENT:
                let data = event.data.sequence_start
                var frame = Frame(kind: .sequence, start: start, anchor: Self.optionalString(data.anchor), tag: Self.optionalString(data.tag))
                if let pruning, !stack.isEmpty, stack[stack.count - 1].kind == .mapping, let key = stack[stack.count - 1].pendingKey?.scalar {
                    frame.prunesItems = pruning.listKeys.contains(key)
                }
                if let streaming, !streamed, stack.count == streaming.path.count, !streaming.path.isEmpty {
                    frame.streamsItems = zip(stack, streaming.path).allSatisfy { $0.kind == .mapping && $0.pendingKey?.scalar == $1 }
                    streamed = frame.streamsItems
                }
                try push(frame)
            case YAML_MAPPING_START_EVENT:
                let data = event.data.mapping_start
                var frame = Frame(kind: .mapping, start: start, anchor: Self.optionalString(data.anchor), tag: Self.optionalString(data.tag))
                frame.prunesKey = !stack.isEmpty && stack[stack.count - 1].prunesItems
                try push(frame)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard var frame = stack.popLast() else { return }
                writtenNodes += 1
                let node: YAMLNode
                switch frame.kind {
                case .sequence:
                    node = YAMLNode(.sequence(frame.items), start: frame.start, end: end, tag: frame.tag)
                case .mapping:
                    applyMerges(&frame)
                    node = YAMLNode(.mapping(frame.pairs), start: frame.start, end: end, tag: frame.tag)
                }
                try add(node, size: frame.size, anchor: frame.anchor)
            case YAML_STREAM_END_EVENT:
                streamEnd = start
            default:
                break
            }
        }

        /// An event inside a value left out: only counted (nodes for the alias allowance, depth for its limit).
        private mutating func skip(_ event: yaml_event_t) throws(YAMLError) {
            switch event.type {
            case YAML_SCALAR_EVENT:
                if event.data.scalar.anchor != nil { return try keepEverything() }
                writtenNodes += 1
                skippedSize += 1
            case YAML_ALIAS_EVENT:
                try keepEverything()
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                if anchor != nil { return try keepEverything() }
                if stack.count + skippedDepth >= limits.maxDepth {
                    throw YAMLError(.tooDeep, "collections nest deeper than \(limits.maxDepth) levels", at: YAMLParser.mark(event.start_mark))
                }
                skippedDepth += 1
                skippedSize += 1
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                writtenNodes += 1
                skippedDepth -= 1
                if skippedDepth == 0 {
                    let node = YAMLNode(.scalar("", .plain), start: skippedStart, end: YAMLParser.mark(event.end_mark))
                    try add(node, size: skippedSize, anchor: nil)
                }
            default:
                break
            }
        }

        /// Gives up pruning: the caller parses the document again, whole.
        private mutating func keepEverything() throws(YAMLError) {
            mustKeepEverything = true
            throw YAMLError(.syntax, "a pruned value holds an anchor or an alias", at: YAMLMark(line: 1, column: 1))
        }

        func finish() throws(YAMLError) -> YAMLDocument {
            guard let root else {
                throw YAMLError(.documentCount, "the file holds no YAML document", at: streamEnd)
            }
            return YAMLDocument(root: root, problems: problems)
        }

        private mutating func push(_ frame: Frame) throws(YAMLError) {
            // Only mapping documents (one top-level key naming the kind) are pruned.
            if stack.isEmpty, frame.kind != .mapping { pruning = nil }
            if stack.count >= limits.maxDepth {
                throw YAMLError(.tooDeep, "collections nest deeper than \(limits.maxDepth) levels", at: frame.start)
            }
            stack.append(frame)
        }

        private mutating func add(_ node: consuming YAMLNode, size: Int, anchor: String?) throws(YAMLError) {
            if let anchor { anchors[anchor] = (copy node, size) }
            guard !stack.isEmpty else {
                root = node
                return
            }
            let top = stack.count - 1
            stack[top].size += size
            switch stack[top].kind {
            case .sequence:
                if stack[top].streamsItems, let streaming, top >= 1, streaming.take(copy node, stack[top - 1].pairs) { return }
                stack[top].items.append(node)
            case .mapping:
                guard let key = stack[top].takePendingKey() else {
                    // The document's kind is its first top-level key: other kinds are not pruned.
                    if top == 0, stack[0].pairs.isEmpty, let pruning, !pruning.documentKinds.contains(node.scalar ?? "") {
                        self.pruning = nil
                    }
                    stack[top].pendingKey = node
                    return
                }
                addPair(key: key, value: node, to: top)
            }
        }

        private mutating func addPair(key: consuming YAMLNode, value: consuming YAMLNode, to index: Int) {
            guard case .scalar(let name, let style) = key.content else {
                problems.append(YAMLError(.complexKey, "a mapping key must be a scalar, not \(key.kindDescription)", at: key.start))
                return
            }
            if name == "<<", style == .plain, key.tag == nil {
                stack[index].merges.append(value)
                return
            }
            let keyStart = key.start
            if let first = stack[index].insert(key, named: name, value: value) {
                var error = YAMLError(.duplicateKey, "duplicate key '\(name)' in this mapping", at: keyStart)
                error.note = YAMLNote("'\(name)' is first given here", at: first)
                problems.append(error)
            }
        }

        /// YAML 1.1 merge keys: keys written in the mapping win over merged ones; earlier merges win over later.
        private mutating func applyMerges(_ frame: inout Frame) {
            for merge in frame.merges {
                let sources: [YAMLNode]
                switch merge.content {
                case .mapping: sources = [merge]
                case .sequence(let items) where items.allSatisfy({ $0.pairs != nil }): sources = items
                default:
                    problems.append(YAMLError(.badMerge, "a merge key '<<' takes a mapping or a list of mappings, not \(merge.kindDescription)", at: merge.start))
                    continue
                }
                for source in sources {
                    for pair in source.pairs ?? [] {
                        guard let name = pair.key.scalar, frame.firstKey(named: name) == nil else { continue }
                        frame.noteKey(name, at: pair.key.start)
                        frame.pairs.append(pair)
                    }
                }
            }
        }

        private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> String {
            guard let pointer, length > 0 else { return "" }
            return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
        }

        private static func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            guard let pointer else { return nil }
            return String(cString: pointer)
        }
    }
}
