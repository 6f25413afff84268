import Foundation
import A11yStandards

/// The catalogs shipped with the library (the `Standards/` folder of the package).
public enum BuiltinCatalog {
    /// The folder they are read from, or nil if the resource bundle is missing.
    public static var directory: String? {
        BuiltinStandards.directory?.path
    }

    /// Their files, in path order. Paths are shown relative to the bundle as `Standards/…`.
    public static func files() throws(SourceDiscovery.Failure) -> [SourceFile] {
        guard let directory else {
            throw SourceDiscovery.Failure(path: "Standards", reason: "the shipped catalogs' resource bundle is missing")
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return try SourceDiscovery.files(at: [directory]).map { file in
            var copy = file
            if copy.path.hasPrefix(prefix) { copy.path = "Standards/" + copy.path.dropFirst(prefix.count) }
            return copy
        }
    }
}
