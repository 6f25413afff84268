import Dispatch
import A11yCatalog

/// The ``ResultPlan`` of each subject kind, made the first time a batch of that kind is evaluated and
/// kept for the evaluator's life: `lint` and `explain` compile a catalog and never score, so making every
/// plan with the evaluator would be work thrown away. Thread-safe: callers on many tasks wait for one
/// plan to be made once.
final class ResultPlans: @unchecked Sendable {
    private let catalog: Catalog
    private let queue = DispatchQueue(label: "A11yEvaluation.ResultPlans")
    /// Guarded by `queue`.
    private var plans: [String: ResultPlan] = [:]

    init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// The plan of `kind`, whose program is `program`.
    func plan(for kind: String, program: Program) -> ResultPlan {
        queue.sync {
            if let plan = plans[kind] { return plan }
            let plan = ResultPlan(program: program, catalog: catalog, kind: kind)
            plans[kind] = plan
            return plan
        }
    }
}
