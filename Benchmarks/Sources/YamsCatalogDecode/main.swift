// The Yams baseline for loading: a plain Codable decode of a `standard:` file through Yams (libyaml
// underneath, like A11yRules), with no checking at all. Run under `/usr/bin/time -v` for its peak
// memory beside `a11y-rules lint` / `evaluate` on the same file; it prints its own decode time.
//
//   swift run -c release yams-catalog-decode [--without-examples] /tmp/w100k/catalog/standard.yaml [repetitions]
import Foundation
import Yams

/// Text written as a plain string or as `{zh: …, en: …}`.
struct Text: Decodable {
    var zh: String?
    var en: String?

    private enum Keys: String, CodingKey { case zh, en }

    init(from decoder: Decoder) throws {
        if let single = try? decoder.singleValueContainer().decode(String.self) {
            zh = single
            en = single
            return
        }
        let keyed = try decoder.container(keyedBy: Keys.self)
        zh = try keyed.decodeIfPresent(String.self, forKey: .zh)
        en = try keyed.decodeIfPresent(String.self, forKey: .en)
    }
}

/// An example's value, kept as the tree it is (scalars as text, then mappings, then lists: the
/// order of how often they occur in examples, so the fewest decodes fail).
indirect enum Value: Decodable {
    case scalar(String)
    case list([Value])
    case map([String: Value])

    init(from decoder: Decoder) throws {
        let single = try decoder.singleValueContainer()
        if let scalar = try? single.decode(String.self) {
            self = .scalar(scalar)
        } else if let map = try? single.decode([String: Value].self) {
            self = .map(map)
        } else {
            self = .list(try single.decode([Value].self))
        }
    }
}

struct Table: Decodable {
    var input: String
    var output: String
    var interpolate: String?
    var rows: [[String]]
}

struct Source: Decodable {
    var read_in: String?
    var confidence: String?
    var url: String?
}

struct Examples: Decodable {
    var pass: [Value]?
    var fail: [Value]?
    var inapplicable: [Value]?
    var cantTell: [Value]?
}

/// With `--without-examples` (the baseline for `evaluate`, which skips them), examples are not decoded.
nonisolated(unsafe) var decodesExamples = true

struct Rule: Decodable {
    var id: String
    var `for`: String
    var when: String?
    var check: String
    var message: Text?
    var title: Text?
    var examples: Examples?

    private enum Keys: String, CodingKey { case id, `for`, when, check, message, title, examples }

    init(from decoder: Decoder) throws {
        let keyed = try decoder.container(keyedBy: Keys.self)
        id = try keyed.decode(String.self, forKey: .id)
        `for` = try keyed.decode(String.self, forKey: .for)
        when = try keyed.decodeIfPresent(String.self, forKey: .when)
        check = try keyed.decode(String.self, forKey: .check)
        message = try keyed.decodeIfPresent(Text.self, forKey: .message)
        title = try keyed.decodeIfPresent(Text.self, forKey: .title)
        examples = decodesExamples ? try keyed.decodeIfPresent(Examples.self, forKey: .examples) : nil
    }
}

struct Clause: Decodable {
    var clause: String
    var title: Text?
    var obligation: String
    var mandatory: Bool?
    var source: Source?
    var rules: [Rule]?
    var question: Text?
}

struct Standard: Decodable {
    var id: String
    var title: Text
    var type: String?
    var vocabulary: String?
    var tables: [String: Table]?
    var clauses: [Clause]
}

struct StandardFile: Decodable {
    var standard: Standard
}

var arguments = CommandLine.arguments
if let flag = arguments.firstIndex(of: "--without-examples") {
    decodesExamples = false
    arguments.remove(at: flag)
}
guard arguments.count >= 2, let text = try? String(contentsOfFile: arguments[1], encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: yams-catalog-decode [--without-examples] FILE [repetitions]\n".utf8))
    exit(64)
}
let repetitions = arguments.count >= 3 ? Int(arguments[2]) ?? 1 : 1
for _ in 0..<repetitions {
    let start = DispatchTime.now().uptimeNanoseconds
    do {
        let file = try YAMLDecoder().decode(StandardFile.self, from: text)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let rules = file.standard.clauses.reduce(0) { $0 + ($1.rules?.count ?? 0) }
        print("yams codable decode\(decodesExamples ? "" : " without examples"): \(rules) rules in \(String(format: "%.3f", seconds)) s")
    } catch {
        FileHandle.standardError.write(Data("yams-catalog-decode: \(error)\n".utf8))
        exit(1)
    }
}
