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

    /// Who made the assessment, named in reports that carry an author (OpenACR `author`); `nil` leaves
    /// the report's author for the assessing organisation to fill in.
    public struct Assessor: Sendable, Hashable {
        /// The person or organisation, e.g. `清远市政务服务数据管理局`.
        public var name: String
        /// A contact e-mail address, empty when not given.
        public var email: String

        /// Creates an assessor.
        public init(name: String, email: String = "") {
            self.name = name
            self.email = email
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
    /// Who made the assessment (`--assessor`), or `nil`.
    public var assessor: Assessor?
    /// The time a report without its own date is stamped with (JUnit's required `timestamp` when a
    /// subject has no assessed date): `SOURCE_DATE_EPOCH` when set, for reproducible output, else now.
    public var reportTime: ReportTime

    /// Creates a context.
    public init(catalog: Catalog, language: Language = .zh, verbose: Bool = false, generator: Generator = .init(),
                assessor: Assessor? = nil, reportTime: ReportTime = .fromEnvironment()) {
        self.catalog = catalog
        self.language = language
        self.verbose = verbose
        self.generator = generator
        self.assessor = assessor
        self.reportTime = reportTime
    }
}
