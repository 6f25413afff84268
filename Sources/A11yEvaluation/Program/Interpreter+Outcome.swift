import A11yModel

extension Interpreter {
    /// The outcome of one rule for one instance (DSL §5): `when` false gives inapplicable, unknown
    /// cantTell; then the check. Every evaluation path (findings, outcome tables, the interpreter
    /// fallback of the columnar path) decides outcomes here.
    func outcome(of rule: RuleTrees, instance: [Datum]) -> Outcome {
        switch rule.when.map({ evaluate($0, instance) }) ?? .bool(true) {
        case .bool(false): return .inapplicable
        case .bool(true):
            switch evaluate(rule.check, instance) {
            case .bool(true): return .passed
            case .bool(false): return .failed
            default: return .cantTell
            }
        default: return .cantTell
        }
    }

    /// The outcome of a part rule for a subject that did not survey the part kind: inapplicable when the
    /// `when` is false with every attribute unknown (it depends on facts alone), else cantTell.
    func unsurveyedOutcome(of rule: RuleTrees, kind: Int?, layout: SlotLayout) -> Outcome {
        guard let when = rule.when, let kind else { return .cantTell }
        let unknown = [Datum](repeating: .unknown, count: layout.vocabulary.parts[kind].attributes.count)
        return evaluate(when, unknown) == .bool(false) ? .inapplicable : .cantTell
    }
}
