import A11yCatalog

extension Workspace {
    /// ``load(catalogs:subjects:includeBuiltin:examples:)`` for a load that only checks the rules'
    /// examples (`lint`): each one is decoded and checked, its problems reported, and then let go, so the
    /// examples of a large catalog are never all alive at once. Every rule's examples are empty; the
    /// diagnostics are those of ``ExampleLoading/decode``.
    package static func loadCheckingExamples(catalogs: [String] = [], subjects: [String] = [],
                                             includeBuiltin: Bool = true) throws(SourceDiscovery.Failure) -> Workspace {
        let (files, shipped) = try sources(catalogs: catalogs, subjects: subjects, includeBuiltin: includeBuiltin)
        return Workspace(checkingExamplesOf: files, replaceable: shipped)
    }

    /// ``init(files:replaceable:examples:)`` keeping no examples (``loadCheckingExamples(catalogs:subjects:includeBuiltin:)``).
    package init(checkingExamplesOf files: [SourceFile], replaceable: Set<String> = []) {
        self.init(load: CatalogLoader.loadCheckingExamples(files, replaceable: replaceable))
    }
}
