import Foundation

/// Where the shipped catalogs are: the resource bundle built from the folders of `Standards/`.
public enum BuiltinStandards {
    /// The folder holding every shipped catalog, or nil if the resource bundle is missing.
    public static var directory: URL? {
        Bundle.module.resourceURL
    }
}
