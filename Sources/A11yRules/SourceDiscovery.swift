import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
            where seen.insert(identity(of: file)).inserted {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw Failure(path: file, reason: "cannot read the file")
                }
                result.append(SourceFile(path: file, bytes: [UInt8](data)))
            }
        }
        return result
    }

    /// The paths of the files `path` stands for (itself, or what its folder tree contributes),
    /// without reading them.
    ///
    /// - Throws: ``Failure`` as ``files(at:extensions:)`` does.
    public static func filePaths(under path: String, extensions: Set<String> = folderExtensions) throws(Failure) -> [String] {
        try expand(path, extensions: extensions)
    }

    /// The same for every way of naming one file: its device and inode (`stat` follows symbolic links, and
    /// hard links share an inode), or its absolute path with links resolved when it cannot be read.
    public static func identity(of path: String) -> String {
        if let file = FolderIdentity(path) { return "\(file.device):\(file.inode)" }
        return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// What folders of subjects contribute: YAML and JSON documents.
    public static let subjectExtensions: Set<String> = ["yaml", "yml", "json"]

    private static func expand(_ path: String, extensions: Set<String>) throws(Failure) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
                throw Failure(path: path, reason: "a symbolic link to nothing (its target does not exist)")
            }
            throw Failure(path: path, reason: "no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        return try FolderWalk(extensions: extensions).files(under: path).sorted()
    }
}

/// Lists the files of a folder tree by hand, with an explicit stack: symbolic links to folders are
/// followed (a folder reached again through a loop is entered once), hidden entries are skipped, and
/// an entry that cannot be read is an error, never silently left out.
private struct FolderWalk {
    let extensions: Set<String>

    func files(under root: String) throws(SourceDiscovery.Failure) -> [String] {
        var files: [String] = []
        var visited: Set<FolderIdentity> = []
        var pending = [root]
        while let folder = pending.popLast() {
            guard let identity = FolderIdentity(folder) else {
                throw SourceDiscovery.Failure(path: folder, reason: "cannot read the folder")
            }
            // A symbolic link back up the tree: this folder's files are already listed.
            guard visited.insert(identity).inserted else { continue }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder)
            } catch {
                throw SourceDiscovery.Failure(path: folder, reason: "cannot list the folder (permission denied?)")
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                // Hidden entries (.build, .git, .swiftpm) hold tool files, never catalogs.
                let full = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                let wanted = extensions.contains((name as NSString).pathExtension.lowercased())
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
                    // Only a dangling link gets here; one named like a rule file was surely meant to be read.
                    if wanted { throw SourceDiscovery.Failure(path: full, reason: "a symbolic link to nothing (its target does not exist)") }
                    continue
                }
                if isDirectory.boolValue {
                    pending.append(full)
                } else if wanted {
                    guard FileManager.default.isReadableFile(atPath: full) else {
                        throw SourceDiscovery.Failure(path: full, reason: "cannot read the file (permission denied)")
                    }
                    files.append(full)
                }
            }
        }
        return files
    }
}

/// A folder's device and inode: the same folder however it is reached.
/// A file or folder's device and inode.
private struct FolderIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    /// Reads them with `stat`, which follows symbolic links (so a link and its target are one folder).
    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
