import ArgumentParser
import A11yAdapters

extension Evaluate {
    /// A `--format` value: the name of a reporter in ``ReporterRegistry/builtIn``.
    struct Format: ExpressibleByArgument, Equatable {
        let name: String

        static let text = Format(name: TextStreamReporter.identifier)
        static let json = Format(name: JSONStreamReporter.identifier)
        static let jsonl = Format(name: JSONLinesReporter.identifier)

        private init(name: String) { self.name = name }

        init?(argument: String) {
            guard ReporterRegistry.builtIn.identifiers.contains(argument) else { return nil }
            name = argument
        }

        var defaultValueDescription: String { name }

        static var allValueStrings: [String] { ReporterRegistry.builtIn.identifiers }

        /// One line per format for `--help`.
        static var help: String {
            "Output format: " + ReporterRegistry.builtIn.entries.map { "\($0.identifier) (\($0.summary))" }.joined(separator: "; ") + "."
        }
    }
}
