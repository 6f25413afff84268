// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// Every folder of `Standards/` is a catalog shipped as a resource; listing them here means a new
/// standard is shipped by adding its folder, nothing else.
let shippedCatalogFolders: [Resource] = {
    let root = URL(fileURLWithPath: Context.packageDirectory).appendingPathComponent("Standards")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return names.sorted().filter { name in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory)
            && isDirectory.boolValue && !name.hasPrefix(".")
    }.map { .copy($0) }
}()

let package = Package(
    name: "A11yRules",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "A11yRules", targets: ["A11yRules"]),
        .library(name: "A11yAdapters", targets: ["A11yAdapters"]),
        // The YAML layer on its own, for tools and benchmarks that want positioned nodes.
        .library(name: "A11yYAML", targets: ["A11yYAML"]),
        .executable(name: "a11y-rules", targets: ["a11y-rules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libyaml, the system library (apt: libyaml-dev, brew: libyaml). No C source is vendored.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The only Swift that sees C: an event-driven parser building positioned nodes.
        .target(name: "A11yYAML", dependencies: ["CLibYAML"]),
        // Pure values: quantities, catalog model, subjects, outcomes, diagnostics.
        .target(name: "A11yModel"),
        // YAML nodes -> typed model; the expression language.
        .target(name: "A11yCatalog", dependencies: ["A11yYAML", "A11yModel"]),
        // Compiles rules into a flat program; evaluates and scores subjects.
        .target(name: "A11yEvaluation", dependencies: ["A11yModel", "A11yCatalog"]),
        // The shipped YAML catalogs, as a resource bundle.
        .target(
            name: "A11yStandards",
            path: "Standards",
            exclude: ["README.md"],
            resources: shippedCatalogFolders
        ),
        // The module users import.
        .target(
            name: "A11yRules",
            dependencies: ["A11yYAML", "A11yModel", "A11yCatalog", "A11yEvaluation", "A11yStandards"]
        ),
        // One small type per output and input format.
        .target(name: "A11yAdapters", dependencies: ["A11yRules"]),
        // The command-line tool: flags -> library calls -> exit codes.
        .executableTarget(
            name: "a11y-rules",
            dependencies: [
                "A11yRules", "A11yAdapters",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "A11yRulesTests",
            dependencies: ["A11yRules", "A11yAdapters", "A11yYAML", "A11yCatalog", "A11yEvaluation", "A11yModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "A11yCLITests",
            dependencies: ["a11y-rules"],
            resources: [.copy("Golden")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
