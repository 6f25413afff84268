import Testing
import A11yRules
@testable import A11yCatalog

/// Subjects' answers and waivers are checked against the catalog's ids through its indexes
/// (``CatalogIDs``), no longer through a copy of every id (``Catalog/subjectKinds``): both must agree
/// on every id, on ids that are not there, and on the kind of a standard without a vocabulary.
@Suite("Catalog ids looked up in the indexes")
struct CatalogIDsTests {
    @Test func everyShippedIDHasTheKindOfTheCopiedTable() {
        let catalog = Repository.standards.catalog
        let table = catalog.subjectKinds
        #expect(table.count > 100, "the shipped catalogs have clauses and rules")
        #expect(table.values.contains { $0 != nil })
        let ids = CatalogIDs(catalog)
        for (id, kind) in table {
            #expect(ids.subjectKind(of: id) == .some(kind), "\(id)")
        }
        let scorecardRules = catalog.scorecards.flatMap { $0.indicators.flatMap(\.rules) }
        #expect(!scorecardRules.isEmpty, "the shipped scorecards have rules of their own")
        for rule in scorecardRules {
            #expect(ids.subjectKind(of: rule.fullID) == .some(catalog.scorecards.first { $0.indicators.contains { $0.rules.contains { $0.fullID == rule.fullID } } }?.subjectKind))
        }
    }

    @Test func unknownIDsAreNotFound() {
        let ids = CatalogIDs(Repository.standards.catalog)
        for id in ["", "GB50763-2012", "GB50763-2012:99.99.99", "GB50763-2012:3.4.4#no-such-rule", "no-such-standard:1#r"] {
            #expect(ids.subjectKind(of: id) == nil, "\(id)")
        }
    }

    @Test func aStandardWithoutAVocabularyIsKnownForNoKind() throws {
        let load = CatalogLoader.load([SourceFile(path: "s.yaml", text: """
            standard:
              id: S
              title: {en: Standard}
              clauses:
                - clause: "1"
                  obligation: shall
            """)])
        // (A clause without rules is an error, but it is loaded: answers may name it.)
        #expect(load.catalog.clause("S:1") != nil, "\(load.diagnostics)")
        let ids = CatalogIDs(load.catalog)
        #expect(load.catalog.subjectKinds["S:1"] == .some(nil))
        #expect(ids.subjectKind(of: "S:1") == .some(nil))
        #expect(ids.candidates(like: "S:2") == ["S:1"])
        #expect(ids.candidates(like: "S:1#r").isEmpty)
    }
}
