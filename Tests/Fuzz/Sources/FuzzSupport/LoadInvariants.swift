import Foundation
import A11yRules
import A11yAdapters

/// The invariants of a load and of an evaluation, shared by the targets.
public enum LoadInvariants {
    /// Every diagnostic names a loaded file and lies inside it (a line of the file, or just past
    /// its last character); rendering never lets a control character through.
    public static func check(_ load: CatalogLoader.Result) {
        for diagnostic in load.diagnostics {
            let location = diagnostic.location
            guard let file = load.files[location.file] else { continue }
            let lengths = lineLengths(file.bytes)
            Invariant.require(location.line >= 1 && location.line <= lengths.count,
                              "\(diagnostic) is on line \(location.line) of a \(lengths.count)-line file")
            Invariant.require(location.column >= 1 && location.column <= lengths[location.line - 1] + 1,
                              "\(diagnostic) is at column \(location.column) of a line of \(lengths[location.line - 1]) characters")
        }
        let rendered = DiagnosticRenderer(files: load.files).render(load.diagnostics)
        Invariant.require(!rendered.unicodeScalars.contains { $0.value == 0x1B }, "a raw ESC reached the rendered diagnostics")
        Invariant.require(load.diagnostics.count <= (load.files.count + 2) * (DiagnosticCap.perFile + 1),
                          "\(load.diagnostics.count) diagnostics for \(load.files.count) files")
    }

    /// The columnar path and the interpreter agree on every subject kind, and the JSON results parse.
    public static func evaluate(_ load: CatalogLoader.Result) {
        guard !load.subjects.isEmpty else { return }
        let evaluator = Evaluator(catalog: load.catalog)
        for kind in Set(load.subjects.map(\.kind)) {
            let subjects = load.subjects.filter { $0.kind == kind }
            let reference = evaluator.referenceOutcomes(of: subjects, kind: kind)
            let columnar = evaluator.outcomes(of: subjects, kind: kind, parallel: false)
            Invariant.require(reference.rules == columnar.rules, "the two paths evaluate different rules")
            for rule in reference.rules.indices {
                Invariant.require(reference.outcomes(ofRule: rule) == columnar.outcomes(ofRule: rule),
                                  "columnar and interpreter disagree on \(reference.rules[rule])")
            }
        }
        let results = evaluator.evaluate(load.subjects)
        let json = JSONReporter().report(results, catalog: load.catalog)
        let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8))
        Invariant.require(parsed != nil, "the JSON results do not parse:\n\(json.prefix(2_000))")
    }

    /// The length, in Unicode scalars, of each line; a file ending in a line break has one more,
    /// empty, line (where an error about the end of the file is placed).
    static func lineLengths(_ bytes: [UInt8]) -> [Int] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.unicodeScalars.count }
    }
}
