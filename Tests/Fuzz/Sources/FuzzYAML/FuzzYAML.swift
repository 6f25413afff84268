import A11yYAML
import FuzzSupport

/// The YAML layer on raw bytes: it either builds nodes or throws a positioned error, and every
/// node's position is 1-based.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let document = try YAMLParser.parse(bytes)
        var pending = [document.root]
        while let node = pending.popLast() {
            Invariant.require(node.start.line >= 1 && node.start.column >= 1, "node at \(node.start.line):\(node.start.column)")
            pending += node.items ?? []
            for pair in node.pairs ?? [] { pending += [pair.key, pair.value] }
        }
        for problem in document.problems {
            Invariant.require(problem.mark.line >= 1 && problem.mark.column >= 1, "problem at \(problem.mark.line)")
        }
    } catch {
        Invariant.require(error.mark.line >= 1 && error.mark.column >= 1, "error at \(error.mark.line):\(error.mark.column)")
    }
    return 0
}

@_cdecl("FuzzYAML_main")
public func fuzzYAMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzzYAML)
}
