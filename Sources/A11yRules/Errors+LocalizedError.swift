import Foundation
import A11yYAML

// Readable descriptions wherever an error is shown: `print(error)` uses `description`, and
// Foundation's `localizedDescription` (which otherwise says "The operation could not be completed")
// uses `errorDescription`.

extension SourceDiscovery.Failure: LocalizedError {
    /// The same as ``description``: `path: error: reason`.
    public var errorDescription: String? { description }
}

extension UnknownScorecard: LocalizedError {
    /// The same as ``description``.
    public var errorDescription: String? { description }
}

extension Diagnostic: LocalizedError {
    /// The one-line form, `file:line:column: error: message`.
    public var errorDescription: String? { description }
}

extension YAMLError: LocalizedError {
    /// `line:column: message`.
    public var errorDescription: String? { description }
}

extension ExpressionChecker.Failure: CustomStringConvertible, LocalizedError {
    /// `column N: message (did you mean 'x'?)`, the column counted from 1 in the expression text.
    public var description: String {
        "column \(offset + 1): \(message)" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
    }

    /// The same as ``description``.
    public var errorDescription: String? { description }
}
