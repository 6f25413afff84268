import A11yModel

/// What a listed finding of a compiled rule shows beyond its outcome: how the check's requirement is
/// written out (``Expectation``) and which attributes and facts are reported as observed.
struct RulePresentation: Sendable {
    let expectation: Expectation
    /// Slots shown as observed values, with their names, in order of appearance.
    let observedAttributes: [(slot: Int, name: String)]
    let observedFacts: [(slot: Int, name: String)]
}

/// The presentations of one program's rules, each made the first time a finding of the rule is listed.
///
/// Results that list no finding (`--findings none`, the summary formats) never make one: at 100,000 rules
/// making them all while compiling took some 25 MB (an expectation tree per rule, a second copy of its
/// comparison's nodes, two name lists; massif) and about a tenth of the compile's serial part.
final class RulePresentations: @unchecked Sendable {
    private let compiler: Compiler
    private let lock = PThreadLock()
    // Guarded by `lock`.
    private var made: [Int: RulePresentation] = [:]

    init(layout: SlotLayout) {
        compiler = Compiler(layout: layout)
    }

    /// How many rules' presentations have been made.
    var count: Int { lock.withLock { made.count } }

    /// `rule`'s presentation: made once (if two threads make it at once, both make the same one and
    /// the first kept is returned to both).
    func presentation(of rule: CompiledRule) -> RulePresentation {
        if let known = lock.withLock({ made[rule.index] }) { return known }
        let presentation = compiler.presentation(of: rule)
        return lock.withLock {
            if let known = made[rule.index] { return known }
            made[rule.index] = presentation
            return presentation
        }
    }
}
