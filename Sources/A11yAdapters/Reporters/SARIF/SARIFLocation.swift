import A11yRules

/// SARIF `physicalLocation` objects: a file as an artifact URI (absolute paths as `file://` URIs), with a
/// region from a 1-based line and column (columns in Unicode code points, the runs' `columnKind`).
enum SARIFLocation {
    /// The location of a file as a whole; nil for no file.
    static func physical(file: String) -> JSONValue? {
        guard !file.isEmpty else { return nil }
        let uri = file.hasPrefix("/") ? "file://" + URIReference.path(file) : URIReference.path(file)
        return .object([("artifactLocation", .object([("uri", .string(uri))]))])
    }

    /// The location of a place in a file, with a region of `length` code points on its line.
    static func physical(_ location: SourceLocation, length: Int? = nil) -> JSONValue? {
        guard case .object(var fields) = physical(file: location.file) else { return nil }
        if location.line > 0 {
            var region: [(String, JSONValue)] = [("startLine", .number(Double(location.line)))]
            if location.column > 0 {
                region.append(("startColumn", .number(Double(location.column))))
                if let length, length > 0 { region.append(("endColumn", .number(Double(location.column + length)))) }
            }
            fields.append(("region", .object(region)))
        }
        return .object(fields)
    }
}
