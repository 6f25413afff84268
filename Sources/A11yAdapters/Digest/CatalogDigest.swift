import A11yRules

/// Which catalogs produced a result: a SHA-256 digest over the bytes of the catalog files loaded,
/// independent of where they were loaded from and in what order.
///
/// The digest is `sha256:` and the SHA-256 of the files' own SHA-256 digests, each in lower-case hex
/// with a line feed, sorted. So the same catalog files give the same digest on every machine, and a
/// shell reproduces it:
///
/// ```sh
/// sha256sum FILE... | cut -c1-64 | LC_ALL=C sort | sha256sum
/// ```
public struct CatalogDigest: Sendable, Hashable, CustomStringConvertible {
    /// `sha256:` and 64 hexadecimal digits.
    public var value: String
    /// How many catalog files the digest covers.
    public var fileCount: Int

    /// The digest of `files` (their paths play no part).
    public init(files: some Sequence<SourceFile>) {
        var digests = files.map { SHA256.hex($0.bytes) }
        digests.sort()
        fileCount = digests.count
        value = "sha256:" + SHA256.hex(digests.flatMap { Array($0.utf8) + [0x0A] })
    }

    /// The digest of the catalog files a load was built from (``A11yCatalog/CatalogLoader/Result/catalogPaths``).
    ///
    /// Take it while the load still holds those files' bytes, so before
    /// ``A11yRules/Workspace/releaseCatalogSources()``: a digest of fewer files would name other catalogs
    /// (debug builds stop at that mistake).
    public init(load: CatalogLoader.Result) {
        let files = load.catalogPaths.compactMap { load.files[$0] }
        assert(files.count == load.catalogPaths.count,
               "the catalog digest needs the catalog files' bytes: take it before Workspace.releaseCatalogSources()")
        self.init(files: files)
    }

    public var description: String { value }
}

extension ReportContext.Generator {
    /// The generator of a report on `workspace`'s results: this package's name and version, and the
    /// digest of the catalogs the workspace loaded.
    public init(workspace: Workspace) {
        self.init(catalogDigest: CatalogDigest(load: workspace.load))
    }
}
