import A11yRules

/// A folder given to `lint` or `test` that holds no rule file is not a clean catalog: it is
/// reported, as a warning (an error under `--strict`), instead of passing in silence.
enum EmptyFolderCheck {
    /// Prints a diagnostic for each path with no `.yaml`/`.yml` file and returns how many there were.
    static func report(_ paths: [String], strict: Bool) -> Int {
        var empty = 0
        for path in paths where (try? SourceDiscovery.filePaths(under: path))?.isEmpty == true {
            empty += 1
            Output.error("\(path): \(strict ? "error" : "warning"): no rule file (.yaml or .yml) found here")
        }
        return empty
    }
}
