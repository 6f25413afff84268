import A11yModel
import Dispatch

/// Evaluates a program over a batch of subjects column by column: each threshold or boolean rule
/// is one or a few tight loops over contiguous `[Double]` columns; other rules (aggregates, tables,
/// attribute-to-attribute comparisons, facts inside part rules) run on the interpreter. Both paths
/// give identical outcomes (see the equivalence tests).
struct ColumnarEvaluator: Sendable {
    let program: Program
    /// Per compiled rule: its fast predicates (when, check), or nil for the interpreter.
    let fast: [(when: Predicate?, check: Predicate)?]

    init(program: Program) {
        self.program = program
        let layout = program.layout
        fast = program.rules.map { rule in
            let column: (Node) -> Int?
            let encode: (Int, String) -> Double?
            if let kind = rule.kind {
                column = { node in if case .attribute(let slot) = node { return slot } else { return nil } }
                encode = { slot, text in
                    guard case .enumeration(let values) = layout.vocabulary.parts[kind].attributes[slot].type else { return nil }
                    return values.firstIndex(of: text).map(Double.init)
                }
            } else {
                column = { node in if case .fact(let slot) = node { return slot } else { return nil } }
                encode = { slot, text in
                    guard case .enumeration(let values) = layout.vocabulary.facts[slot].type else { return nil }
                    return values.firstIndex(of: text).map(Double.init)
                }
            }
            guard let check = Predicate.make(rule.check, column: column, encode: encode) else { return nil }
            if let when = rule.when {
                guard let whenPredicate = Predicate.make(when, column: column, encode: encode) else { return nil }
                return (whenPredicate, check)
            }
            return (nil, check)
        }
    }

    var fastRuleCount: Int { fast.filter { $0 != nil }.count }

    /// Evaluates every rule over `subjects`, splitting them across cores when `parallel`.
    func evaluate(_ subjects: [Subject], parallel: Bool) -> OutcomeTable {
        let chunkCount = parallel ? min(subjects.count, max(1, Self.activeProcessorCount * 4)) : 1
        guard chunkCount > 1 else {
            let chunk = evaluateChunk(subjects[...], firstSubject: 0)
            return OutcomeTable(rules: program.rules.map(\.rule.fullID), codes: chunk.codes, subjects: chunk.subjects, fastRules: fastRuleCount)
        }
        let slots = ChunkSlots(count: chunkCount)
        let size = (subjects.count + chunkCount - 1) / chunkCount
        DispatchQueue.concurrentPerform(iterations: chunkCount) { index in
            let start = index * size
            let end = min(subjects.count, start + size)
            guard start < end else { return }
            slots.store(evaluateChunk(subjects[start..<end], firstSubject: start), at: index)
        }
        var codes = [[UInt8]](repeating: [], count: program.rules.count)
        var rowSubjects = [[Int32]](repeating: [], count: program.rules.count)
        for chunk in slots.results.compactMap({ $0 }) {
            for rule in 0..<program.rules.count {
                codes[rule] += chunk.codes[rule]
                rowSubjects[rule] += chunk.subjects[rule]
            }
        }
        return OutcomeTable(rules: program.rules.map(\.rule.fullID), codes: codes, subjects: rowSubjects, fastRules: fastRuleCount)
    }

    struct Chunk: Sendable {
        var codes: [[UInt8]]
        var subjects: [[Int32]]
    }

    private func evaluateChunk(_ subjects: ArraySlice<Subject>, firstSubject: Int) -> Chunk {
        let layout = program.layout
        let rows = subjects.map { SubjectRows($0, layout: layout) }
        // Per kind: every instance row of every subject (nil: the subject did not survey the kind).
        var kindRows: [[[Datum]?]] = []
        var kindSubjects: [[Int32]] = []
        for kind in 0..<layout.kindCount {
            var all: [[Datum]?] = []
            var owners: [Int32] = []
            for (s, subject) in rows.enumerated() {
                if let instances = subject.parts[kind] {
                    all += instances.map { Optional($0) }
                    owners += [Int32](repeating: Int32(firstSubject + s), count: instances.count)
                } else {
                    all.append(nil)
                    owners.append(Int32(firstSubject + s))
                }
            }
            kindRows.append(all)
            kindSubjects.append(owners)
        }
        var stores: [ColumnStore?] = Array(repeating: nil, count: layout.kindCount)
        var factStore: ColumnStore?
        var codes: [[UInt8]] = []
        var owners: [[Int32]] = []
        for (index, rule) in program.rules.enumerated() {
            if let kind = rule.kind {
                let notSurveyed = kindRows[kind].map { $0 == nil }
                if let predicates = fast[index] {
                    if stores[kind] == nil {
                        let attributes = layout.vocabulary.parts[kind].attributes
                        stores[kind] = ColumnStore(rows: kindRows[kind], slots: attributes.count, enumValues: attributes.map(\.type.enumValues))
                    }
                    codes.append(run(predicates, stores[kind]!, notSurveyed: notSurveyed))
                } else {
                    codes.append(interpret(rule, kind: kind, rows: rows, firstSubject: firstSubject))
                }
                owners.append(kindSubjects[kind])
            } else {
                if let predicates = fast[index] {
                    if factStore == nil {
                        factStore = ColumnStore(rows: rows.map { Optional($0.facts) }, slots: layout.vocabulary.facts.count,
                                                enumValues: layout.vocabulary.facts.map(\.type.enumValues))
                    }
                    codes.append(run(predicates, factStore!, notSurveyed: nil))
                } else {
                    codes.append(rows.map { subjectRows in
                        let interpreter = Interpreter(tables: program.tables, rows: subjectRows)
                        return Self.code(Self.outcome(rule, interpreter: interpreter, instance: []))
                    })
                }
                owners.append((0..<rows.count).map { Int32(firstSubject + $0) })
            }
        }
        return Chunk(codes: codes, subjects: owners)
    }

    private func run(_ predicates: (when: Predicate?, check: Predicate), _ store: ColumnStore, notSurveyed: [Bool]?) -> [UInt8] {
        let count = store.count
        var result = [UInt8](repeating: 0, count: count)
        let check = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: count)
        defer { check.deallocate() }
        Kernels.evaluate(predicates.check, store, into: check)
        let passed = Self.code(.passed), failed = Self.code(.failed), cantTell = Self.code(.cantTell), inapplicable = Self.code(.inapplicable)
        // Truth code of the check (false 0, unknown 1, true 2) → outcome code.
        let byCheck: [UInt8] = [failed, cantTell, passed]
        if let when = predicates.when {
            let applies = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: count)
            defer { applies.deallocate() }
            Kernels.evaluate(when, store, into: applies)
            for i in 0..<count {
                let w = applies[i]
                result[i] = w == 2 ? byCheck[Int(check[i])] : (w == 0 ? inapplicable : cantTell)
            }
        } else {
            for i in 0..<count { result[i] = byCheck[Int(check[i])] }
        }
        if let notSurveyed {
            for i in 0..<count where notSurveyed[i] { result[i] = cantTell }
        }
        return result
    }

    private func interpret(_ rule: CompiledRule, kind: Int, rows: [SubjectRows], firstSubject: Int) -> [UInt8] {
        var result: [UInt8] = []
        for subjectRows in rows {
            let interpreter = Interpreter(tables: program.tables, rows: subjectRows)
            guard let instances = subjectRows.parts[kind] else {
                result.append(Self.code(.cantTell))
                continue
            }
            for instance in instances {
                result.append(Self.code(Self.outcome(rule, interpreter: interpreter, instance: instance)))
            }
        }
        return result
    }

    /// The reference outcome of one rule for one instance (the interpreter path).
    static func outcome(_ rule: CompiledRule, interpreter: Interpreter, instance: [Datum]) -> Outcome {
        switch rule.when.map({ interpreter.evaluate($0, instance) }) ?? .bool(true) {
        case .bool(false): return .inapplicable
        case .bool(true):
            switch interpreter.evaluate(rule.check, instance) {
            case .bool(true): return .passed
            case .bool(false): return .failed
            default: return .cantTell
            }
        default: return .cantTell
        }
    }

    static func code(_ outcome: Outcome) -> UInt8 {
        UInt8(Outcome.allCases.firstIndex(of: outcome) ?? 3)
    }

    static var activeProcessorCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}

/// Per-chunk results written by concurrent workers, each to its own index.
private final class ChunkSlots: @unchecked Sendable {
    private(set) var results: [ColumnarEvaluator.Chunk?]
    private let lock = NSLockLite()

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func store(_ chunk: ColumnarEvaluator.Chunk, at index: Int) {
        lock.withLock { results[index] = chunk }
    }
}

/// A tiny mutex over pthread (the evaluation core does not use Foundation).
private final class NSLockLite: @unchecked Sendable {
    private var mutex = pthread_mutex_t()

    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }

    func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}

extension AttributeType {
    /// The values of an enum type.
    var enumValues: [String]? {
        if case .enumeration(let values) = self { return values }
        return nil
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
