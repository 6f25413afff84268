// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "A11yRules",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "A11yRules", targets: ["A11yRules"]),
        .library(name: "A11yAdapters", targets: ["A11yAdapters"]),
        // Programme rollups as associative partial states, for batch engines that merge shards.
        .library(name: "A11yRollup", targets: ["A11yRollup"]),
        // The YAML layer on its own, for tools and benchmarks that want positioned nodes.
        .library(name: "A11yYAML", targets: ["A11yYAML"]),
        // Synthetic workloads and measurement helpers for the project's own benchmarks (`a11y-rules bench`,
        // Benchmarks/): kept out of A11yRules so that users of the library never see them.
        .library(name: "A11yBenchmarking", targets: ["A11yBenchmarking"]),
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
        // The columnar engine's innermost loops over exact columns, in C: a portable loop, and AVX2 and
        // AVX-512 loops chosen at run time by a CPU check (this project's own code).
        .target(name: "CColumnKernels"),
        // SHA-256's compression function in C for the catalog digest: a portable loop, and one on the x86 SHA
        // extensions chosen at run time by a CPU check (this project's own code).
        .target(name: "CDigest"),
        // Compiles rules into a flat program; evaluates and scores subjects.
        .target(name: "A11yEvaluation", dependencies: ["A11yModel", "A11yCatalog", "CColumnKernels"]),
        // The shipped YAML catalogs, as a resource bundle. Every folder of Standards/ is listed here
        // (a test checks that none is forgotten): a listing computed in the manifest would be cached
        // by SwiftPM and go stale when a folder is added.
        .target(
            name: "A11yStandards",
            path: "Standards",
            exclude: ["README.md"],
            resources: [
                .copy("GB50763-2012"),
                .copy("GB55019-2021"),
                .copy("GBT37668-2019"),
                .copy("GBT50642-2011"),
                .copy("MIIT-app-2021"),
                .copy("MIIT-website-2021"),
                .copy("programmes"),
                .copy("WCAG20"),
                .copy("evidence"),
                .copy("YDT1822-2008"),
                .copy("scorecards"),
                .copy("vocabularies"),
            ]
        ),
        // The module users import.
        .target(
            name: "A11yRules",
            dependencies: ["A11yYAML", "A11yModel", "A11yCatalog", "A11yEvaluation", "A11yStandards"]
        ),
        // A programme's rollup: partial states, their merge, the status rule (no Foundation).
        .target(name: "A11yRollup", dependencies: ["A11yRules"]),
        // Benchmark workloads (not part of the library's API).
        .target(name: "A11yBenchmarking", dependencies: ["A11yRules", "A11yYAML"]),
        // One small type per output and input format.
        .target(name: "A11yAdapters", dependencies: ["A11yRules", "A11yRollup", "A11yEvaluation", "CDigest"]),
        // The command-line tool: flags -> library calls -> exit codes.
        .executableTarget(
            name: "a11y-rules",
            dependencies: [
                "A11yRules", "A11yAdapters", "A11yRollup", "A11yBenchmarking",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "A11yRulesTests",
            dependencies: ["A11yRules", "A11yAdapters", "A11yRollup", "A11yYAML", "A11yCatalog", "A11yEvaluation", "A11yModel", "A11yBenchmarking", "CDigest"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "A11yCLITests",
            // The library too, to fill a survey sheet from an example subject in the survey round trip.
            dependencies: ["a11y-rules", "A11yRules", "A11yAdapters"],
            resources: [.copy("Golden")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
