/// The version of this package: the library and the `a11y-rules` tool, as `--version` prints it and as
/// reports name their generator.
public enum PackageVersion {
    /// The release version, `MAJOR.MINOR.PATCH`.
    public static let current = "0.2.0"
}
