// swift-tools-version: 6.1
// Coverage-guided fuzzing (libFuzzer) of the YAML layer, the catalog loader, the expression language
// and subject decoding. Its own package, so that users of A11yRules never build it.
//
// Build and run (Linux; see README.md):
//   swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
//   .build/release/FuzzExpression Corpus/expression -dict=tokens.dict -max_total_time=60
// or, for every target for a fixed time: ./run-short.sh 30
import PackageDescription

let targets = ["FuzzYAML", "FuzzCatalog", "FuzzExpression", "FuzzSubject"]

let package = Package(
    name: "A11yRulesFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "A11yRules", path: "../.."),
    ],
    targets: [
        // The declaration of libFuzzer's driver, which each target's entry point calls.
        .target(name: "CFuzzDriver"),
        // The invariants every target checks, and the small catalog the targets load against.
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CFuzzDriver",
                .product(name: "A11yRules", package: "A11yRules"),
                .product(name: "A11yAdapters", package: "A11yRules"),
                .product(name: "A11yYAML", package: "A11yRules"),
            ]
        ),
    ] + targets.map { name in
        .executableTarget(name: name, dependencies: ["FuzzSupport"])
    }
)
