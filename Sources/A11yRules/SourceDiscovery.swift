import Foundation

/// Finds the files to load: a file path is taken as given; a folder contributes every `.yaml`/`.yml`
/// file below it, in path order (DSL: "a catalog is a folder tree").
public enum SourceDiscovery {
    /// Why a path could not be read.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The file or folder that could not be read.
        public var path: String
        /// What went wrong, e.g. `no such file or folder`.
        public var reason: String
        public var description: String { "\(path): error: \(reason)" }
    }

    /// The extensions loaded from folders.
    public static let folderExtensions: Set<String> = ["yaml", "yml"]

    /// Reads the files named by `paths` (files or folders; inside folders, hidden folders such as
    /// `.build` are skipped).
    ///
    /// - Throws: ``Failure`` for a path that does not exist or cannot be read.
    ///   - extensions: What a folder contributes (files named directly are always read).
    public static func files(at paths: [String], extensions: Set<String> = folderExtensions) throws(Failure) -> [SourceFile] {
        var result: [SourceFile] = []
        var seen: Set<String> = []
        for path in paths {
            for file in try expand(path, extensions: extensions)
            where seen.insert(URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path).inserted {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw Failure(path: file, reason: "cannot read the file")
                }
                result.append(SourceFile(path: file, bytes: [UInt8](data)))
            }
        }
        return result
    }

    /// What folders of subjects contribute: YAML and JSON documents.
    public static let subjectExtensions: Set<String> = ["yaml", "yml", "json"]

    private static func expand(_ path: String, extensions: Set<String>) throws(Failure) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(path: path, reason: "no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            throw Failure(path: path, reason: "cannot list the folder")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            // Hidden folders (.build, .git, .swiftpm) hold tool files, never catalogs.
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                if (relative as NSString).lastPathComponent.hasPrefix(".") { enumerator.skipDescendants() }
                continue
            }
            let ext = (relative as NSString).pathExtension.lowercased()
            guard extensions.contains(ext) else { continue }
            let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { files.append(full) }
        }
        return files.sorted()
    }
}
