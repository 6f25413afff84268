// swift-tools-version: 6.1
// The benchmarks live in their own package so that users of A11yRules never resolve package-benchmark.
// Run: cd Benchmarks && swift package --allow-writing-to-package-directory benchmark
import PackageDescription

let package = Package(
    name: "A11yRulesBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "A11yRules", path: "../"),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .executableTarget(name: "yams-catalog-decode", dependencies: ["Yams"], path: "Sources/YamsCatalogDecode"),
        // The in-run baselines, in C: libyaml's raw event loop and a hand-written columnar threshold loop.
        .target(
            name: "CBaselines",
            linkerSettings: [.linkedLibrary("yaml")]
        ),
        .executableTarget(
            name: "A11yRulesBenchmarks",
            dependencies: [
                "CBaselines",
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "A11yRules", package: "A11yRules"),
                .product(name: "A11yAdapters", package: "A11yRules"),
                .product(name: "A11yRollup", package: "A11yRules"),
                .product(name: "A11yYAML", package: "A11yRules"),
                .product(name: "A11yBenchmarking", package: "A11yRules"),
            ],
            path: "Benchmarks/A11yRulesBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ]
)
