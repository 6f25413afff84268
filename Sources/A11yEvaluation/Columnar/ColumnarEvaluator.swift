import A11yModel
import A11yCatalog
import Dispatch

/// Evaluates a program over a batch of subjects column by column: each rule the columnar translation
/// accepts (thresholds, booleans, `when`, tables, aggregates over instances, arithmetic, facts read by
/// part rules) is a few loops over contiguous `[Double]` columns, fused into one where the shape allows
/// (``RuleKernel``); the other shapes (text and date comparisons) run on the interpreter. Both paths
/// give identical outcomes (see the equivalence tests).
struct ColumnarEvaluator: Sendable {
    let program: Program
    /// Per compiled rule: the kernel its shape takes, with the predicates it runs (nil for the interpreter).
    let kernels: [RuleKernel?]
    /// The program's tables, laid out for the kernels.
    let tables: [TableKernel]
    /// Per compiled rule: its part kind (−1 for a subject rule), read without touching the rule.
    let ruleKinds: [Int32]
    /// What an outcome table lists for each selection (rule indexes, full ids, row groups), made once.
    let all: SelectionListing, columnarOnly: SelectionListing, interpreterOnly: SelectionListing

    /// What an outcome table of one selection lists: the rule indexes (nil: every rule, in order),
    /// their full ids, how many are columnar, and each rule's row group and run in a chunk.
    struct SelectionListing: Sendable {
        let indexes: [Int]?
        let ids: [String]
        let fastRules: Int
        let layout: RunLayout

        var count: Int { ids.count }

        /// The rule index at `position` of the selection.
        @inline(__always)
        func index(at position: Int) -> Int { indexes?[position] ?? position }
    }

    init(program: Program) {
        self.program = program
        let layout = program.layout
        tables = program.tables.map(TableKernel.init)
        var kernels: [RuleKernel?] = []
        // One entry per rule: made at its size, not grown (growing leaves up to half of it unused).
        kernels.reserveCapacity(program.rules.count)
        for rule in program.rules {
            let scope = ColumnScope(layout: layout, kind: rule.kind)
            let trees = rule.trees
            var translated: (when: Predicate?, check: Predicate)?
            if let check = Predicate.make(trees.check, in: scope) {
                if let when = trees.when {
                    translated = Predicate.make(when, in: scope).map { ($0, check) }
                } else {
                    translated = (nil, check)
                }
            }
            kernels.append(translated.map { RuleKernel(when: $0.when, check: $0.check, subjectRule: rule.kind == nil) })
            // Its kernel runs the rule from now on: its trees go at once, so that the kernels made next reuse
            // their memory (the interpreter makes them again if it needs them).
            if translated != nil { program.trees.release(rule.index) }
        }
        self.kernels = kernels
        ruleKinds = program.rules.map { Int32($0.kind ?? -1) }
        let kindCount = layout.kindCount
        func makeListing(_ indexes: [Int]) -> SelectionListing {
            let groups = indexes.map { program.rules[$0].kind ?? kindCount }
            let every = indexes.count == program.rules.count
            return SelectionListing(indexes: every ? nil : indexes, ids: every ? program.ruleIDs : indexes.map { program.ruleIDs[$0] },
                                    fastRules: indexes.filter { kernels[$0] != nil }.count,
                                    layout: RunLayout(groups: groups, groupCount: kindCount + 1))
        }
        all = makeListing(Array(program.rules.indices))
        let slow = program.rules.indices.filter { kernels[$0] == nil }
        // The list of every rule's place goes too: only the interpreted rules' trees are kept, in a table.
        program.trees.keepOnly(slow)
        // With every rule columnar (the usual case), the columnar selection is the whole one: its lists are
        // shared, not made again (at 100,000 rules each set of lists is about 3 MB).
        columnarOnly = slow.isEmpty ? all : makeListing(program.rules.indices.filter { kernels[$0] != nil })
        interpreterOnly = makeListing(slow)
    }

    var fastRuleCount: Int { kernels.filter { $0 != nil }.count }

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
        let listed = listing(selection)
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
            slots.store(evaluate(batch.chunks[index], rules: listed, into: &buffer), at: index)
        }
        if parallel {
            DispatchQueue.concurrentPerform(iterations: batch.chunks.count, execute: work)
        } else {
            for index in batch.chunks.indices { work(index) }
        }
        return OutcomeTable(rules: listed.ids, layout: listed.layout, chunks: slots.results.compactMap { $0 }, fastRules: listed.fastRules)
    }

    /// One chunk: every selected rule's outcomes written straight into one flat buffer, `codes`'s own
    /// storage when it already has the right size.
    private func evaluate(_ chunk: PreparedChunk, rules selected: SelectionListing, into codes: inout [UInt8]) -> OutcomeTable.Chunk {
        let table = OutcomeTable.Chunk(codes: [], layout: selected.layout, groupSubjects: chunk.kindSubjects + [chunk.subjectIndexes])
        let total = table.groupStarts[table.groupStarts.count - 1]
        let fill = { (buffer: UnsafeMutableBufferPointer<UInt8>) in
            let fallback = FallbackFlag()
            let stores = chunk.stores, notSurveyed = chunk.notSurveyed
            for position in 0..<selected.count {
                let index = selected.index(at: position)
                let out = UnsafeMutableBufferPointer(rebasing: buffer[table.run(position)])
                let kind: Int? = ruleKinds[index] < 0 ? nil : Int(ruleKinds[index])
                // The commonest shape, a rule of one or two leaves on the rows' own columns: straight to its
                // C loop, without a context (leaves never fall back to the interpreter).
                if case .leaves(let leaves)? = kernels[index], let slots = leaves.ownSlots(instanceRows: kind != nil) {
                    if let kind {
                        leaves.run(stores[kind], slots: slots, into: out)
                        Self.markUnsurveyed(notSurveyed[kind], out)
                    } else {
                        leaves.run(chunk.facts, slots: slots, into: out)
                    }
                    continue
                }
                if let kernel = kernels[index] {
                    fallback.raised = false
                    let context = ColumnContext(chunk: chunk, kind: kind, tables: tables, fallback: fallback)
                    run(kernel, context, notSurveyed: kind.map { chunk.notSurveyed[$0] } ?? [], into: out)
                    // A value the columns cannot represent: this rule, on this chunk, goes to the interpreter.
                    if !context.fallback.raised { continue }
                }
                let rule = program.rules[index]
                if let kind {
                    interpret(rule, kind: kind, rows: chunk.rows, into: out)
                } else {
                    let trees = rule.trees
                    for (s, subjectRows) in chunk.rows.enumerated() {
                        let interpreter = Interpreter(tables: program.tables, rows: subjectRows)
                        out[s] = Self.code(interpreter.outcome(of: trees, instance: []))
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
        var filled = table
        filled.codes = codes
        return filled
    }

    private func run(_ kernel: RuleKernel, _ context: ColumnContext, notSurveyed: [Int], into out: UnsafeMutableBufferPointer<UInt8>) {
        switch kernel {
        case .leaves(let leaves): leaves.run(context, into: out)
        case .table(let table, let when): table.run(when: when, context, into: out)
        case .count(let count, let when): count.run(when: when, context, into: out)
        case .general(let when, let check): runRows((when, check), context, into: out)
        }
        Self.markUnsurveyed(notSurveyed, out)
    }

    /// Unsurveyed rows hold no attribute values (NaN), so the `when` came out as the interpreter's
    /// `when` over unknown attributes; an inapplicable rule stays inapplicable, the rest cannot be told.
    @inline(__always)
    private static func markUnsurveyed(_ rows: [Int], _ out: UnsafeMutableBufferPointer<UInt8>) {
        let inapplicable = code(.inapplicable), cantTell = code(.cantTell)
        for i in rows where out[i] != inapplicable { out[i] = cantTell }
    }

    /// Every row's outcome for a rule of no fused shape: kernels for its parts, then the outcome mapping.
    private func runRows(_ predicates: (when: Predicate?, check: Predicate), _ context: ColumnContext,
                         into out: UnsafeMutableBufferPointer<UInt8>) {
        let count = context.count
        // Truth code of the check (false 0, unknown 1, true 2) → outcome code (failed, cantTell, passed),
        // as a byte table packed in an integer so the loop stays branch-free.
        let byCheck = UInt32(Self.code(.failed)) | UInt32(Self.code(.cantTell)) << 8 | UInt32(Self.code(.passed)) << 16
        let inapplicable = Self.code(.inapplicable), cantTell = Self.code(.cantTell)
        // `and`/`or` without `when`: the outcome mapping is done in the loop that combines the two sides.
        if predicates.when == nil, case .and(let a, let b) = predicates.check {
            Self.combine(a, b, context, into: out, byCheck: byCheck) { min($0, $1) }
            return
        }
        if predicates.when == nil, case .or(let a, let b) = predicates.check {
            Self.combine(a, b, context, into: out, byCheck: byCheck) { max($0, $1) }
            return
        }
        Kernels.evaluate(predicates.check, context, into: out)
        if let when = predicates.when {
            let applies = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: count)
            defer { applies.deallocate() }
            Kernels.evaluate(when, context, into: applies)
            for i in 0..<count {
                let w = applies[i]
                out[i] = w == 2 ? UInt8(truncatingIfNeeded: byCheck >> (UInt32(out[i]) << 3)) : (w == 0 ? inapplicable : cantTell)
            }
        } else {
            for i in 0..<count { out[i] = UInt8(truncatingIfNeeded: byCheck >> (UInt32(out[i]) << 3)) }
        }
    }

    /// Both sides' truth codes combined by `op` and mapped to outcome codes in one loop.
    private static func combine(_ a: Predicate, _ b: Predicate, _ context: ColumnContext, into out: UnsafeMutableBufferPointer<UInt8>,
                                byCheck: UInt32, _ op: (UInt8, UInt8) -> UInt8) {
        let right = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: out.count)
        defer { right.deallocate() }
        Kernels.evaluate(a, context, into: out)
        Kernels.evaluate(b, context, into: right)
        for i in 0..<out.count { out[i] = UInt8(truncatingIfNeeded: byCheck >> (UInt32(op(out[i], right[i])) << 3)) }
    }

    private func interpret(_ rule: CompiledRule, kind: Int, rows: [SubjectRows], into out: UnsafeMutableBufferPointer<UInt8>) {
        var row = 0
        let trees = rule.trees
        for subjectRows in rows {
            let interpreter = Interpreter(tables: program.tables, rows: subjectRows)
            guard let instances = subjectRows.parts[kind] else {
                out[row] = Self.code(interpreter.unsurveyedOutcome(of: trees, kind: kind, layout: program.layout))
                row += 1
                continue
            }
            for instance in instances {
                out[row] = Self.code(interpreter.outcome(of: trees, instance: instance))
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
        return evaluate(chunk, rules: all, into: &codes)
    }

    /// The lists of one selection.
    func listing(_ selection: RuleSelection) -> SelectionListing {
        switch selection {
        case .all: return all
        case .columnarOnly: return columnarOnly
        case .interpreterOnly: return interpreterOnly
        }
    }

    static var activeProcessorCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}

/// Results written by concurrent workers, each to its own index.
final class ResultSlots<Element: Sendable>: @unchecked Sendable {
    private(set) var results: [Element?]
    private let lock = PThreadLock()

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
