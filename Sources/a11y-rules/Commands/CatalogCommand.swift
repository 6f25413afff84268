import ArgumentParser
import A11yRules
import A11yAdapters

/// `a11y-rules catalog`: lists what the loaded catalogs cover.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "List standards (clauses, obligations, confidence, rule counts) and scorecards with their indicators.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var catalog: CatalogOptions

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(help: "Language of titles.")
    var lang: Language = .zh

    @Flag(help: "List the vocabularies instead: facts and part kinds, each attribute with its type, units or values.")
    var vocabularies = false

    func run() throws {
        let workspace = try catalog.checkedWorkspace()
        let listing = CatalogListing(language: lang)
        if vocabularies {
            switch format {
            case .text: Output.print(listing.vocabularies(workspace.catalog))
            case .json: Output.print(JSONWriter.write(listing.vocabulariesJSON(workspace.catalog)))
            }
            return
        }
        switch format {
        case .text: Output.print(listing.text(workspace.catalog))
        case .json: Output.print(JSONWriter.write(listing.json(workspace.catalog)))
        }
    }
}
