internal import CLibYAML

/// What the event loop (``YAMLParser``) hands each libyaml event to.
protocol EventHandler {
    /// Takes one event (still owned by libyaml: copy out what is kept).
    mutating func handle(_ event: yaml_event_t) throws(YAMLError)
    /// Set when a pruned value holds an anchor or an alias: the caller parses again without pruning.
    var mustKeepEverything: Bool { get }
    /// The document, once the stream has ended.
    func finish() throws(YAMLError) -> YAMLDocument
}

extension YAMLParser {
    /// Turns the event stream into nodes with an explicit stack (no recursion on input depth).
    ///
    /// The items and pairs of every open collection live in two flat stores shared by the whole
    /// stack (an open collection's are always at the end of its store), so a collection's array is
    /// made once, at its exact size, when it closes: no array grows per key or item, and the stores'
    /// capacity is reused from one collection to the next. The tree, the problems and the errors are
    /// those of ``ReferenceBuilder`` (`YAMLBuilderEquivalenceTests`).
    struct Builder: EventHandler {
        private struct Frame {
            enum Kind { case sequence, mapping }
            var kind: Kind
            var start: YAMLMark
            var anchor: String?
            var tag: String?
            /// Where this collection's items (a sequence) or pairs (a mapping) start in their store.
            var first: Int
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
            /// The pairs of this mapping handed to the streaming's `take` (made once, again after a key is added).
            var ownerPairs: [YAMLNode.Pair]?

            init(kind: Kind, start: YAMLMark, anchor: String?, tag: String?, first: Int) {
                self.kind = kind
                self.start = start
                self.anchor = anchor
                self.tag = tag
                self.first = first
            }

            static let hashingThreshold = 12
        }

        let limits: YAMLLimits
        private var stack: [Frame] = []
        /// The items of the open sequences, outermost first.
        private var items: [YAMLNode] = []
        /// The pairs of the open mappings, outermost first.
        private var pairs: [YAMLNode.Pair] = []
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
                var frame = Frame(kind: .sequence, start: start, anchor: Self.optionalString(data.anchor),
                                  tag: Self.optionalString(data.tag), first: items.count)
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
                var frame = Frame(kind: .mapping, start: start, anchor: Self.optionalString(data.anchor),
                                  tag: Self.optionalString(data.tag), first: pairs.count)
                frame.prunesKey = !stack.isEmpty && stack[stack.count - 1].prunesItems
                try push(frame)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { return }
                writtenNodes += 1
                let node: YAMLNode
                switch frame.kind {
                case .sequence:
                    node = YAMLNode(.sequence(Self.take(from: &items, at: frame.first)), start: frame.start, end: end, tag: frame.tag)
                case .mapping:
                    applyMerges(frame)
                    node = YAMLNode(.mapping(Self.take(from: &pairs, at: frame.first)), start: frame.start, end: end, tag: frame.tag)
                }
                try add(node, size: frame.size, anchor: frame.anchor)
            case YAML_STREAM_END_EVENT:
                streamEnd = start
            default:
                break
            }
        }

        /// The elements of `store` from `first` on, as an array of exactly their count, removed from the store.
        private static func take<Element>(from store: inout [Element], at first: Int) -> [Element] {
            if first == store.count { return [] }
            let taken = Array(store[first...])
            store.removeSubrange(first...)
            return taken
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
                if stack[top].streamsItems, let streaming, top >= 1, streaming.take(copy node, ownerPairs(of: top - 1)) { return }
                items.append(node)
            case .mapping:
                guard let key = stack[top].pendingKey.take() else {
                    // The document's kind is its first top-level key: other kinds are not pruned.
                    if top == 0, pairs.count == stack[0].first, let pruning, !pruning.documentKinds.contains(node.scalar ?? "") {
                        self.pruning = nil
                    }
                    stack[top].pendingKey = node
                    return
                }
                addPair(key: key, value: node, to: top)
            }
        }

        /// The pairs the mapping at `index` has so far, as one array: made once, as the mapping (the list's
        /// owner, whose pending key the list is the value of) gets no pair while the list is open.
        private mutating func ownerPairs(of index: Int) -> [YAMLNode.Pair] {
            // No deeper mapping is open: the list is on top, and the item just completed is closed.
            let first = stack[index].first
            if let made = stack[index].ownerPairs, made.count == pairs.count - first { return made }
            let made = Array(pairs[first...])
            stack[index].ownerPairs = made
            return made
        }

        /// Where the key `name` is first given in the mapping at `index`, if it is in it already.
        private func firstKey(named name: String, in index: Int) -> YAMLMark? {
            let first = stack[index].first
            if pairs.count - first < Frame.hashingThreshold {
                for position in first..<pairs.count where pairs[position].key.scalar == name {
                    return pairs[position].key.start
                }
                return nil
            }
            return stack[index].seenKeys[name]
        }

        /// Records a key about to be added to the mapping at `index` (hashed once the mapping is large).
        private mutating func noteKey(_ name: String, at mark: YAMLMark, in index: Int) {
            let first = stack[index].first
            let count = pairs.count - first
            if count + 1 == Frame.hashingThreshold {
                for position in first..<pairs.count {
                    if let key = pairs[position].key.scalar { stack[index].seenKeys[key] = pairs[position].key.start }
                }
            }
            if count + 1 >= Frame.hashingThreshold { stack[index].seenKeys[name] = mark }
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
            if let first = firstKey(named: name, in: index) {
                var error = YAMLError(.duplicateKey, "duplicate key '\(name)' in this mapping", at: key.start)
                error.note = YAMLNote("'\(name)' is first given here", at: first)
                problems.append(error)
                return
            }
            noteKey(name, at: key.start, in: index)
            pairs.append(YAMLNode.Pair(key: key, value: value))
        }

        /// YAML 1.1 merge keys: keys written in the mapping win over merged ones; earlier merges win over later.
        /// `frame` is the mapping just taken off the stack; its pairs are still at the end of the store.
        private mutating func applyMerges(_ frame: Frame) {
            guard !frame.merges.isEmpty else { return }
            // The closed frame goes back on the stack for the key lookups, and comes off again after.
            stack.append(frame)
            defer { stack.removeLast() }
            let index = stack.count - 1
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
                        guard let name = pair.key.scalar, firstKey(named: name, in: index) == nil else { continue }
                        noteKey(name, at: pair.key.start, in: index)
                        pairs.append(pair)
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
