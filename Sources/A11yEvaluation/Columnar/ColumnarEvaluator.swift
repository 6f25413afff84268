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

    /// Lays subjects out for evaluation: per chunk, slot rows for the interpreter and one column store
    /// per part kind and for the facts.
    func prepare(_ subjects: [Subject], chunks requested: Int) -> SubjectBatch {
        let chunkCount = max(1, min(subjects.count, requested))
        let size = max(1, (subjects.count + chunkCount - 1) / chunkCount)
        let slots = ResultSlots<PreparedChunk>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { index in
            let start = index * size
            let end = min(subjects.count, start + size)
            guard start < end else { return }
            slots.store(PreparedChunk(subjects[start..<end], firstSubject: start, layout: program.layout), at: index)
        }
        return SubjectBatch(chunks: slots.results.compactMap { $0 }, subjectCount: subjects.count)
    }

    /// Evaluates the selected rules over a prepared batch, one chunk per task when `parallel`.
    func evaluate(_ batch: SubjectBatch, parallel: Bool, selection: RuleSelection) -> OutcomeTable {
        let selected = program.rules.indices.filter { index in
            switch selection {
            case .all: return true
            case .columnarOnly: return fast[index] != nil
            case .interpreterOnly: return fast[index] == nil
            }
        }
        let slots = ResultSlots<Chunk>(count: batch.chunks.count)
        let work: @Sendable (Int) -> Void = { index in slots.store(evaluate(batch.chunks[index], rules: selected), at: index) }
        if parallel {
            DispatchQueue.concurrentPerform(iterations: batch.chunks.count, execute: work)
        } else {
            for index in batch.chunks.indices { work(index) }
        }
        var codes = [[UInt8]](repeating: [], count: selected.count)
        var rowSubjects = [[Int32]](repeating: [], count: selected.count)
        for chunk in slots.results.compactMap({ $0 }) {
            for position in selected.indices {
                codes[position] += chunk.codes[position]
                rowSubjects[position] += chunk.subjects[position]
            }
        }
        return OutcomeTable(rules: selected.map { program.rules[$0].rule.fullID }, codes: codes, subjects: rowSubjects,
                            fastRules: selected.filter { fast[$0] != nil }.count)
    }

    struct Chunk: Sendable {
        var codes: [[UInt8]]
        var subjects: [[Int32]]
    }

    private func evaluate(_ chunk: PreparedChunk, rules selected: [Int]) -> Chunk {
        var codes: [[UInt8]] = []
        var owners: [[Int32]] = []
        codes.reserveCapacity(selected.count)
        owners.reserveCapacity(selected.count)
        for index in selected {
            let rule = program.rules[index]
            if let kind = rule.kind {
                if let predicates = fast[index] {
                    codes.append(run(predicates, chunk.stores[kind], notSurveyed: chunk.notSurveyed[kind]))
                } else {
                    codes.append(interpret(rule, kind: kind, rows: chunk.rows))
                }
                owners.append(chunk.kindSubjects[kind])
            } else {
                if let predicates = fast[index] {
                    codes.append(run(predicates, chunk.facts, notSurveyed: nil))
                } else {
                    codes.append(chunk.rows.map { subjectRows in
                        let interpreter = Interpreter(tables: program.tables, rows: subjectRows)
                        return Self.code(Self.outcome(rule, interpreter: interpreter, instance: []))
                    })
                }
                owners.append(chunk.subjectIndexes)
            }
        }
        return Chunk(codes: codes, subjects: owners)
    }

    private func run(_ predicates: (when: Predicate?, check: Predicate), _ store: ColumnStore, notSurveyed: [Int]?) -> [UInt8] {
        let count = store.count
        // Truth code of the check (false 0, unknown 1, true 2) → outcome code (failed, cantTell, passed).
        let byCheck = SIMD4<UInt8>(Self.code(.failed), Self.code(.cantTell), Self.code(.passed), 0)
        let inapplicable = Self.code(.inapplicable), cantTell = Self.code(.cantTell)
        var result = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            Kernels.evaluate(predicates.check, store, into: buffer)
            initialized = count
        }
        result.withUnsafeMutableBufferPointer { out in
            guard let when = predicates.when else {
                for i in 0..<count { out[i] = byCheck[Int(out[i])] }
                return
            }
            let applies = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: count)
            defer { applies.deallocate() }
            Kernels.evaluate(when, store, into: applies)
            for i in 0..<count {
                let w = applies[i]
                out[i] = w == 2 ? byCheck[Int(out[i])] : (w == 0 ? inapplicable : cantTell)
            }
        }
        for i in notSurveyed ?? [] { result[i] = cantTell }
        return result
    }

    private func interpret(_ rule: CompiledRule, kind: Int, rows: [SubjectRows]) -> [UInt8] {
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

/// Results written by concurrent workers, each to its own index.
final class ResultSlots<Element: Sendable>: @unchecked Sendable {
    private(set) var results: [Element?]
    private let lock = NSLockLite()

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func store(_ element: Element, at index: Int) {
        lock.withLock { results[index] = element }
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
