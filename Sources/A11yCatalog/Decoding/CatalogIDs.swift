import A11yModel

/// The clause and rule ids a subject's answers and waivers may name, with the subject kind each is
/// written for, looked up in the catalog's own indexes.
///
/// Readers used to take a copy of every id with its kind (``Catalog/subjectKinds``): 100,000 entries,
/// about 8 MB, for a 100,000-rule catalog, made again for each reader. The lookups are the same.
struct CatalogIDs: Sendable {
    private let catalog: Catalog

    init(_ catalog: Catalog) {
        self.catalog = catalog
    }

    /// The subject kind `id` is written for: nil when no clause or rule has the id, `.some(nil)` when its
    /// standard names no vocabulary.
    func subjectKind(of id: String) -> String?? {
        catalog.subjectKind(ofID: id)
    }

    /// The ids like `key` (a rule id when it names a rule, else a clause id), for a "did you mean".
    func candidates(like key: String) -> [String] {
        catalog.knownIDs.filter { $0.contains("#") == key.contains("#") }
    }
}
