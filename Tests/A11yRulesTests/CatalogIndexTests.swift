import Testing
import A11yRules
import A11yBenchmarking
import A11yCatalog

/// `Catalog.standardRuleCount` and the indexes `Catalog.init` builds through indices agree with the
/// rules and clauses themselves (the reference: `standardRules`, a walk of every clause).
@Suite struct CatalogIndexTests {
    static func expectConsistent(_ catalog: Catalog, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(catalog.standardRuleCount == catalog.standardRules.count, sourceLocation: sourceLocation)
        for standard in catalog.standards {
            for clause in standard.clauses {
                #expect(catalog.clause(clause.id) == clause, sourceLocation: sourceLocation)
                for rule in clause.rules { #expect(catalog.rule(rule.fullID) == rule, sourceLocation: sourceLocation) }
            }
        }
        for scorecard in catalog.scorecards {
            for indicator in scorecard.indicators {
                for rule in indicator.rules { #expect(catalog.rule(rule.fullID) == rule, sourceLocation: sourceLocation) }
            }
        }
    }

    @Test func shippedCatalogIndexesEveryRule() throws {
        let load = CatalogLoader.load(try BuiltinCatalog.files())
        #expect(load.catalog.standardRuleCount > 0)
        Self.expectConsistent(load.catalog)
    }

    @Test func syntheticAndEmptyCatalogs() {
        let workload = SyntheticWorkload(rules: 300)
        let load = CatalogLoader.load([
            SourceFile(path: "catalog/standard.yaml", text: workload.standardYAML()),
            SourceFile(path: "catalog/vocabulary.yaml", text: workload.vocabularyYAML()),
        ])
        #expect(load.catalog.standardRuleCount == 300)
        Self.expectConsistent(load.catalog)
        #expect(Catalog().standardRuleCount == 0)
    }
}
