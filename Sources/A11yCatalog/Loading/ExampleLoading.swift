import A11yYAML

/// Whether a load reads the rules' `examples` (their pass/fail test subjects).
///
/// Examples are what `a11y-rules test` runs and what `lint` and `explain` check and show; evaluating
/// subjects never uses them. Skipping them leaves their values out of the YAML tree (only libyaml reads
/// them, for syntax errors and the depth limit) and every rule's ``A11yModel/Rule/examples`` empty, so a
/// load for evaluation is faster and smaller, and a mistake inside an example is not reported by it.
public enum ExampleLoading: Sendable, Hashable {
    /// Decode and check every example (the default: `lint`, `test`, `explain` and the library).
    case decode
    /// Leave examples out: neither decoded nor checked (`evaluate`).
    case skip

    /// What the YAML parser leaves out for this choice: the `examples` of rules (items of `rules`) and of
    /// presence requirements (items of `requires`), in standards and scorecards.
    var pruning: YAMLPruning? {
        switch self {
        case .decode: return nil
        case .skip: return YAMLPruning(key: "examples", listKeys: ["rules", "requires"], documentKinds: ["standard", "scorecard"])
        }
    }
}
