import A11yModel

/// A compiled rule's `when` and check as the interpreter walks them.
struct RuleTrees: Sendable {
    let when: Node?
    let check: Node
}

/// The interpreter's trees of one program's rules: made when the program is compiled, let go for the
/// rules the columnar engine runs on kernels of their own (``keepOnly(_:)``), and made again, once, the
/// first time the interpreter needs one of those (a listed finding that explains an unknown outcome, a
/// finding built for an answer or a waiver, a chunk that falls back to the interpreter).
///
/// Results that build no finding (`--findings none`, the summary formats) never make them again: at
/// 100,000 rules the trees kept for every rule took some 11 MB after the kernels had been made from them
/// (massif). Making a tree again gives the same tree: ``Compiler`` numbers the tables a rule names when
/// it compiles the rule (``CompiledRule/tables``), and making nodes changes nothing in it.
final class ProgramTrees: @unchecked Sendable {
    private let compiler: Compiler
    private let lock = PThreadLock()
    // Guarded by `lock`: per rule index, its trees while held; while compiling a list of every rule's,
    // then (``keepOnly(_:)``) a table of the few held, since a list of 100,000 empty places is 2.9 MB.
    private var trees: [RuleTrees?] = []
    private var held: [Int: RuleTrees]?

    init(layout: SlotLayout) {
        compiler = Compiler(layout: layout)
    }

    /// Keeps the trees the compiler has just made for rule `index`.
    func keep(_ made: RuleTrees, at index: Int) {
        lock.withLock { store(made, at: index) }
    }

    /// Holds `made` as rule `index`'s trees, in whichever form the trees are kept (under `lock`). The
    /// compiler keeps rules in order, so the list grows by one element at a time.
    private func store(_ made: RuleTrees, at index: Int) {
        if held != nil {
            held![index] = made
            return
        }
        while trees.count < index { trees.append(nil) }
        if index == trees.count { trees.append(made) } else { trees[index] = made }
    }

    /// Lets rule `index`'s trees go (its kernel runs it; the interpreter may make them again).
    func release(_ index: Int) {
        lock.withLock {
            if held != nil {
                held![index] = nil
            } else if index < trees.count {
                trees[index] = nil
            }
        }
    }

    /// Keeps the trees of the rules at `indexes` only (the rules the interpreter runs); the others' go
    /// (their kernels run them; the interpreter makes them again if it needs them).
    func keepOnly(_ indexes: [Int]) {
        lock.withLock {
            var kept: [Int: RuleTrees] = [:]
            for index in indexes { if let known = lookUp(index) { kept[index] = known } }
            held = kept
            trees = []
        }
    }

    /// How many rules' trees are held.
    var heldCount: Int { lock.withLock { held?.count ?? trees.reduce(0) { $0 + ($1 == nil ? 0 : 1) } } }

    private func lookUp(_ index: Int) -> RuleTrees? {
        if let held { return held[index] }
        return index < trees.count ? trees[index] : nil
    }

    /// `rule`'s trees: the held ones, or made again and held (if two threads make them at once, both make
    /// the same trees and the first kept is returned to both).
    func trees(of rule: CompiledRule) -> RuleTrees {
        if let known = lock.withLock({ lookUp(rule.index) }) { return known }
        guard let made = compiler.trees(of: rule.rule, kind: rule.kind, tables: rule.tables) else {
            preconditionFailure("rule \(rule.rule.fullID) compiled once but not again")
        }
        return lock.withLock {
            if let known = lookUp(rule.index) { return known }
            store(made, at: rule.index)
            return made
        }
    }
}
