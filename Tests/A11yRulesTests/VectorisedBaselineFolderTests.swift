import Foundation
import Testing
@testable import A11yBenchmarking

/// `bench run`'s vectorised C baseline is compiled into a temporary folder of its own, which goes with
/// the last copy of the baseline (before, every run left `a11y-vectorised-PID` behind).
@Suite struct VectorisedBaselineFolderTests {
    @Test func theFolderIsRemovedWithTheLastCopy() throws {
        var path: String?
        do {
            let loop = VectorisedColumnLoop(rules: 4, rows: 16, compilers: ["cc", "gcc", "clang"])
            path = loop.folder.path
            let folder = try #require(path)
            #expect(FileManager.default.fileExists(atPath: folder + "/loop.c"))
            let copy = loop
            if copy.executable != nil {
                // The child still runs while a copy holds the folder, and does the plain loop's work.
                #expect(copy.agrees(with: PlainColumnLoop(rules: 4, rows: 16)))
            }
        }
        let folder = try #require(path)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func twoBaselinesDoNotShareAFolder() throws {
        let first = VectorisedColumnLoop(rules: 1, rows: 1, compilers: [])
        let second = VectorisedColumnLoop(rules: 1, rows: 1, compilers: [])
        let a = try #require(first.folder.path), b = try #require(second.folder.path)
        #expect(a != b)
        #expect(first.executable == nil && second.executable == nil)
    }
}
