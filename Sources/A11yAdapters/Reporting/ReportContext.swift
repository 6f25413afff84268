import A11yRules

/// What every reporter may need besides the results: the catalog the results refer to, the
/// language of the report and the tool that made it.
public struct ReportContext: Sendable {
    /// The tool named in reports that carry one (SARIF `tool.driver`, EARL `assertedBy`).
    public struct Generator: Sendable, Hashable {
        /// The tool's name, `a11y-rules`.
        public var name: String
        /// The tool's version, e.g. `0.2.0`.
        public var version: String
        /// A page about the tool, named in SARIF and EARL when given (the project has no public page yet,
        /// so none is invented by default).
        public var informationURI: String?
        /// The digest of the catalogs the results were evaluated against (JSON `generator.catalogs`);
        /// nil when their files are not known (a catalog built in code).
        public var catalogDigest: CatalogDigest?

        /// Creates a generator description.
        public init(name: String = "a11y-rules", version: String = PackageVersion.current,
                    informationURI: String? = nil, catalogDigest: CatalogDigest? = nil) {
            self.name = name
            self.version = version
            self.informationURI = informationURI
            self.catalogDigest = catalogDigest
        }
    }

    /// The loaded catalogs: titles, obligations and provenance of the clauses the findings name.
    public var catalog: Catalog
    /// The language of labels, titles and messages (Chinese by default).
    public var language: Language
    /// Whether to list passed findings too (the text format).
    public var verbose: Bool
    /// The tool named in the report.
    public var generator: Generator

    /// Creates a context.
    public init(catalog: Catalog, language: Language = .zh, verbose: Bool = false, generator: Generator = .init()) {
        self.catalog = catalog
        self.language = language
        self.verbose = verbose
        self.generator = generator
    }
}
