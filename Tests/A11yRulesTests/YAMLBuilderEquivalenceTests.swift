import Foundation
import Testing
import A11yBenchmarking
import A11yRules
@testable import A11yYAML

/// The parser's builder (flat stores of items and pairs) gives what the builder before it gave
/// (``YAMLParser/ReferenceBuilder``): the same tree, node for node (text, style, tag, marks), the same
/// problems and the same errors, with and without pruning, and the same items handed to a streaming.
@Suite struct YAMLBuilderEquivalenceTests {
    /// Every field of every node, in document order (a test may recurse: its inputs are its own).
    static func dump(_ node: YAMLNode, into out: inout String, depth: Int = 0) {
        let pad = String(repeating: " ", count: depth)
        let marks = "\(node.start.line):\(node.start.column)@\(node.start.offset)-\(node.end.line):\(node.end.column)@\(node.end.offset)"
        let tag = node.tag.map { " !\($0)" } ?? ""
        switch node.content {
        case .scalar(let text, let style):
            out += "\(pad)scalar \(style) \(text.debugDescription)\(tag) \(marks)\n"
        case .sequence(let items):
            out += "\(pad)sequence[\(items.count)]\(tag) \(marks)\n"
            for item in items { dump(item, into: &out, depth: depth + 1) }
        case .mapping(let pairs):
            out += "\(pad)mapping[\(pairs.count)]\(tag) \(marks)\n"
            for pair in pairs {
                dump(pair.key, into: &out, depth: depth + 1)
                dump(pair.value, into: &out, depth: depth + 2)
            }
        }
    }

    /// The document or the error, and what a streaming was handed, as text.
    static func outcome(_ bytes: [UInt8], pruning: YAMLPruning?, streamPath: [String]?, reference: Bool) -> String {
        var taken = ""
        var count = 0
        let streaming = streamPath.map { path in
            YAMLStreaming(path: path) { item, owner in
                count += 1
                taken += "take \(count), owner of \(owner.count):\n"
                for pair in owner { dump(pair.key, into: &taken, depth: 1); dump(pair.value, into: &taken, depth: 2) }
                dump(item, into: &taken, depth: 1)
                // Every third item is declined, so the tree keeps some.
                return count % 3 != 0
            }
        }
        var out = ""
        do {
            let document = reference
                ? try YAMLParser.parseWithReferenceBuilder(bytes, pruning: pruning, streaming: streaming)
                : try YAMLParser.parse(bytes, pruning: pruning, streaming: streaming)
            dump(document.root, into: &out)
            for problem in document.problems { out += "problem \(problem) \(problem.kind) note \(String(describing: problem.note))\n" }
        } catch {
            out += "error \(error) \(error.kind) \(error.mark) note \(String(describing: error.note)) detail \(String(describing: error.detail))\n"
        }
        return out + taken
    }

    static let examplePruning = YAMLPruning(key: "examples", listKeys: ["rules", "requires"], documentKinds: ["standard", "scorecard"])

    /// Both builders, every way: plain, pruned, streamed, pruned and streamed.
    static func expectSame(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let ways: [(YAMLPruning?, [String]?)] = [(nil, nil), (examplePruning, nil), (nil, ["standard", "clauses"]), (examplePruning, ["standard", "clauses"])]
        for (pruning, path) in ways {
            let new = outcome(bytes, pruning: pruning, streamPath: path, reference: false)
            let old = outcome(bytes, pruning: pruning, streamPath: path, reference: true)
            #expect(new == old, "pruning \(pruning != nil), streaming \(path != nil)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [
        // Anchors, aliases, merges (one mapping, a list, a bad one, precedence, a merged duplicate).
        "base: &b {x: 1, y: 2}\nuse: *b\nmerged:\n  <<: *b\n  y: 3\n",
        "a: &a {k: 1}\nb: &b {k: 2, m: 3}\nc: {<<: [*a, *b], z: 0}\nd: {<<: 5}\ne: {<<: [*a, 1]}\n",
        "a: &a {k: 1}\nb: {k: 0, <<: *a, k: 9}\n",
        // Duplicate keys in a small and in a large mapping (the hashed path), complex keys, tags.
        "id: a\ntitle: x\nid: b\n",
        (0..<20).map { "k\($0): \($0)\n" }.joined() + "k3: again\nk19: again\nk20: new\n",
        "? [a, b]\n: 1\n? {c: d}\n: 2\nplain: !!str 3\n!custom tagged: x\n",
        // Block and quoted scalars, non-ASCII text, empty values, nulls, empty collections.
        "a: |\n  line 1\n  line 2\nb: >\n  folded\n  text\nc: 'single'\nd: \"double \\u00e9\"\ne:\nf: ~\ng: []\nh: {}\n名称: 无障碍坡道\n",
        // Errors: unknown anchor, two documents, no document, depth, alias bomb, syntax, encoding.
        "a: *nope\n",
        "a: 1\n---\nb: 2\n",
        "",
        "# only a comment\n",
        String(repeating: "[", count: 300) + String(repeating: "]", count: 300),
        "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + (1...9).map { "a\($0): &a\($0) [" + Array(repeating: "*a\($0 - 1)", count: 10).joined(separator: ", ") + "]\n" }.joined(),
        "a: [1, 2\nb: 3\n",
        "a: {b: 1\n",
        // A top-level sequence and a scalar document.
        "- 1\n- [2, 3]\n- {a: b}\n",
        "just text\n",
    ])
    func smallDocumentsBuildTheSame(_ text: String) {
        Self.expectSame(Array(text.utf8))
    }

    /// Standards with examples, streamed clauses, keys after the list, anchors inside examples (the
    /// parse again without pruning), a second `clauses` list, merges in clauses.
    @Test(arguments: [
        """
        standard:
          id: T-1
          title: {en: T}
          vocabulary: hall
          clauses:
            - clause: "1"
              rules:
                - {id: a, for: ramp, check: "w >= 1 m", examples: {pass: [{w: 2 m}], fail: [{w: 0.5 m, w: 1 m}]}}
                - id: b
                  examples: {pass: [&wide {w: 2 m}]}
            - {clause: "2", <<: {obligation: shall}}
            - clause: "3"
            - clause: "4"
          clauses: [{clause: "5"}]
          id: T-1b
        """,
        """
        standard:
          id: T-2
          clauses:
            - clause: "1"
              rules: [{id: a, examples: {pass: [{w: 1 m}]}}, {id: b, examples: [[deep, [deeper]]]}]
            - &c {clause: "2"}
            - *c
          after: 1
        """,
        """
        scorecard:
          id: S
          indicators:
            - id: i
              requires: [{for: toilet, examples: {pass: [{a: 1}]}}]
              rules: [{id: r, examples: {fail: [{a: 2}]}}]
        """,
        """
        subject:
          id: x
          rules: [{examples: {pass: 1}}]
        """,
    ])
    func catalogDocumentsBuildTheSame(_ text: String) {
        Self.expectSame(Array(text.utf8))
    }

    @Test func shippedFilesBuildTheSame() throws {
        let files = try BuiltinCatalog.files()
        #expect(files.count > 5)
        for file in files { Self.expectSame(file.bytes) }
    }

    @Test func syntheticStandardBuildsTheSame() {
        let workload = SyntheticWorkload(rules: 300)
        Self.expectSame(Array(workload.standardYAML().utf8))
        Self.expectSame(Array(workload.vocabularyYAML().utf8))
    }
}
