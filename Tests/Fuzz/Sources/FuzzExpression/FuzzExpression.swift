import A11yRules
import FuzzSupport

/// The expression language: the input is a `check:`. It is parsed and type-checked for a part
/// rule and a subject rule; when it checks, it is evaluated over subjects with known, missing,
/// uncertain and extreme values, and both evaluation paths must agree.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for part in ["ramp", "subject"] {
        let load = FuzzFixture.load([
            SourceFile(path: "standard.yaml", text: FuzzFixture.standard(check: text, part: part)),
            SourceFile(path: "subjects.yaml", text: FuzzFixture.subjects),
        ])
        LoadInvariants.check(load)
        if !load.hasErrors { LoadInvariants.evaluate(load) }
    }
    return 0
}

@_cdecl("FuzzExpression_main")
public func fuzzExpressionMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzzExpression)
}
