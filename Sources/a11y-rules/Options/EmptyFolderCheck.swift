import A11yRules

/// A folder given to `lint` or `test` that holds no rule file is not a clean catalog: it is
/// reported, as a warning (an error under `--strict`), instead of passing in silence.
enum EmptyFolderCheck {
    static let message = "no rule file (.yaml or .yml) found here"

    /// The given paths that contribute no `.yaml`/`.yml` file.
    static func emptyPaths(_ paths: [String]) -> [String] {
        paths.filter { (try? SourceDiscovery.filePaths(under: $0))?.isEmpty == true }
    }

    /// Prints a diagnostic for each path with no rule file and returns how many there were.
    static func report(_ paths: [String], strict: Bool) -> Int {
        let empty = emptyPaths(paths)
        for path in empty { Output.error("\(path): \(strict ? "error" : "warning"): \(message)") }
        return empty.count
    }
}
