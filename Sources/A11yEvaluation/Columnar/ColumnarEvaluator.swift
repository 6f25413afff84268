import A11yModel
import A11yCatalog
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
        let starts = stride(from: 0, to: subjects.count, by: size).map { $0 }
        let chunks = ParallelMap.map(starts, minimumCount: 2) { start in
            PreparedChunk(subjects[start..<min(subjects.count, start + size)], firstSubject: start, layout: program.layout)
        }
        return SubjectBatch(chunks: chunks, subjectCount: subjects.count)
    }

    /// Evaluates the selected rules over a prepared batch, one chunk per task when `parallel`.
    func evaluate(_ batch: SubjectBatch, parallel: Bool, selection: RuleSelection, reusing previous: consuming OutcomeTable? = nil) -> OutcomeTable {
        let selected = program.rules.indices.filter { index in
            switch selection {
            case .all: return true
            case .columnarOnly: return fast[index] != nil
            case .interpreterOnly: return fast[index] == nil
            }
        }
        let slots = ResultSlots<OutcomeTable.Chunk>(count: batch.chunks.count)
        // Buffers of a previous table of the same shape are written over instead of allocated again.
        // Each buffer is moved out of the table (nothing else may hold it, or writing would copy it).
        let recycled = ResultSlots<[UInt8]>(count: batch.chunks.count)
        if var table = consume previous, table.chunks.count == batch.chunks.count {
            var chunks = table.chunks
            table = .empty
            for index in chunks.indices {
                recycled.store(chunks[index].codes, at: index)
                chunks[index].codes = []
            }
        }
        let work: @Sendable (Int) -> Void = { index in
            var buffer = recycled.take(at: index) ?? []
            slots.store(evaluate(batch.chunks[index], rules: selected, into: &buffer), at: index)
        }
        if parallel {
            DispatchQueue.concurrentPerform(iterations: batch.chunks.count, execute: work)
        } else {
            for index in batch.chunks.indices { work(index) }
        }
        let kindCount = program.layout.kindCount
        return OutcomeTable(
            rules: selected.map { program.rules[$0].rule.fullID }, groups: selected.map { program.rules[$0].kind ?? kindCount },
            chunks: slots.results.compactMap { $0 }, fastRules: selected.filter { fast[$0] != nil }.count)
    }

    /// One chunk: every selected rule's outcomes written straight into one flat buffer, `codes`'s own
    /// storage when it already has the right size.
    private func evaluate(_ chunk: PreparedChunk, rules selected: [Int], into codes: inout [UInt8]) -> OutcomeTable.Chunk {
        var offsets = [0]
        offsets.reserveCapacity(selected.count + 1)
        for index in selected {
            let rows = program.rules[index].kind.map { chunk.stores[$0].count } ?? chunk.rows.count
            offsets.append(offsets[offsets.count - 1] + rows)
        }
        let total = offsets[offsets.count - 1]
        let fill = { (buffer: UnsafeMutableBufferPointer<UInt8>) in
            for (position, index) in selected.enumerated() {
                let out = UnsafeMutableBufferPointer(rebasing: buffer[offsets[position]..<offsets[position + 1]])
                let rule = program.rules[index]
                if let kind = rule.kind {
                    if let predicates = fast[index] {
                        run(predicates, chunk.stores[kind], notSurveyed: chunk.notSurveyed[kind], into: out)
                    } else {
                        interpret(rule, kind: kind, rows: chunk.rows, into: out)
                    }
                } else if let predicates = fast[index] {
                    run(predicates, chunk.facts, notSurveyed: [], into: out)
                } else {
                    for (s, subjectRows) in chunk.rows.enumerated() {
                        let interpreter = Interpreter(tables: program.tables, rows: subjectRows)
                        out[s] = Self.code(interpreter.outcome(of: rule, instance: []))
                    }
                }
            }
        }
        if codes.count == total {
            codes.withUnsafeMutableBufferPointer { fill($0) }
        } else {
            codes = [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
                fill(buffer)
                initialized = total
            }
        }
        return OutcomeTable.Chunk(codes: codes, offsets: offsets, groupSubjects: chunk.kindSubjects + [chunk.subjectIndexes])
    }

    private func run(_ predicates: (when: Predicate?, check: Predicate), _ store: ColumnStore, notSurveyed: [Int],
                     into out: UnsafeMutableBufferPointer<UInt8>) {
        let count = store.count
        // Truth code of the check (false 0, unknown 1, true 2) → outcome code (failed, cantTell, passed),
        // as a byte table packed in an integer so the loop stays branch-free.
        let byCheck = UInt32(Self.code(.failed)) | UInt32(Self.code(.cantTell)) << 8 | UInt32(Self.code(.passed)) << 16
        let inapplicable = Self.code(.inapplicable), cantTell = Self.code(.cantTell)
        // The commonest rule, one threshold on an exact column and no `when`: one loop writes outcomes.
        if predicates.when == nil, case .compare(let column, let op, _, _, let cut?) = predicates.check, store.accuracies[column] == nil {
            Kernels.compare(store.values[column], cut, negated: op == .notEqual,
                            codes: (Self.code(.passed), Self.code(.failed), cantTell), out)
            for i in notSurveyed { out[i] = cantTell }  // no `when`: it always applies
            return
        }
        // A closed range on an exact column: one loop.
        if predicates.when == nil,
           case .and(.compare(let a, .greaterOrEqual, _, _, .atLeast(let low)?), .compare(let b, .lessOrEqual, _, _, .atMost(let high)?)) = predicates.check,
           a == b, store.accuracies[a] == nil {
            let passed = Self.code(.passed), failed = Self.code(.failed)
            store.values[a].withUnsafeBufferPointer { v in
                for i in 0..<count {
                    let x = v[i]
                    out[i] = x.isNaN ? cantTell : (x >= low && x <= high ? passed : failed)
                }
            }
            for i in notSurveyed { out[i] = cantTell }
            return
        }
        Kernels.evaluate(predicates.check, store, into: out)
        if let when = predicates.when {
            let applies = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: count)
            defer { applies.deallocate() }
            Kernels.evaluate(when, store, into: applies)
            for i in 0..<count {
                let w = applies[i]
                out[i] = w == 2 ? UInt8(truncatingIfNeeded: byCheck >> (UInt32(out[i]) << 3)) : (w == 0 ? inapplicable : cantTell)
            }
        } else {
            for i in 0..<count { out[i] = UInt8(truncatingIfNeeded: byCheck >> (UInt32(out[i]) << 3)) }
        }
        // Unsurveyed rows hold no values: the `when` (attributes only on this path) came out unknown
        // unless it is constant, and an inapplicable rule stays inapplicable.
        for i in notSurveyed where out[i] != inapplicable { out[i] = cantTell }
    }

    private func interpret(_ rule: CompiledRule, kind: Int, rows: [SubjectRows], into out: UnsafeMutableBufferPointer<UInt8>) {
        var row = 0
        for subjectRows in rows {
            let interpreter = Interpreter(tables: program.tables, rows: subjectRows)
            guard let instances = subjectRows.parts[kind] else {
                out[row] = Self.code(interpreter.unsurveyedOutcome(of: rule, layout: program.layout))
                row += 1
                continue
            }
            for instance in instances {
                out[row] = Self.code(interpreter.outcome(of: rule, instance: instance))
                row += 1
            }
        }
    }

    /// The byte an outcome is stored as in outcome tables (its `Outcome.allCases` index).
    static func code(_ outcome: Outcome) -> UInt8 {
        switch outcome {
        case .passed: return 0
        case .failed: return 1
        case .inapplicable: return 2
        case .cantTell: return 3
        case .untested: return 4
        }
    }

    /// Outcomes by code (built once: `allCases` makes a new array on every call).
    static let outcomesByCode = Outcome.allCases

    /// The outcome stored as `code`.
    static func outcome(_ code: UInt8) -> Outcome {
        outcomesByCode[Int(code)]
    }

    /// Every rule's outcomes over one chunk (the batch API's unit of work).
    func outcomes(of chunk: PreparedChunk) -> OutcomeTable.Chunk {
        var codes: [UInt8] = []
        return evaluate(chunk, rules: Array(program.rules.indices), into: &codes)
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

    /// Removes and returns the element at `index` (so the caller holds the only reference).
    func take(at index: Int) -> Element? {
        lock.withLock {
            let element = results[index]
            results[index] = nil
            return element
        }
    }
}

/// A tiny mutex over pthread (the evaluation core does not use Foundation). The mutex lives in its own
/// allocation: a class's stored property has no stable address to hand to C.
private final class NSLockLite: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
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
