// swift-tools-version: 6.1
// A small program that uses only A11yRules' public API: it loads the shipped catalogs and every hall
// in Examples/halls, evaluates them, and prints a table of QY2022-hall scores with the first fixes.
// Run from this folder: swift run HallScores
import PackageDescription

let package = Package(
    name: "HallScores",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "A11yRules", path: "../../..")],
    targets: [
        .executableTarget(name: "HallScores", dependencies: [.product(name: "A11yRules", package: "A11yRules")]),
    ],
    swiftLanguageModes: [.v6]
)
