import A11yRules
import FuzzSupport

/// Subject decoding: the input is a subject file (YAML, or JSON, which YAML reads too), loaded
/// against the fixture's catalog and evaluated.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSubject(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let load = FuzzFixture.load([
        SourceFile(path: "standard.yaml", text: FuzzFixture.standard(check: "count(parts.door where clear_width < 800 mm) == 0 and not has_green_channel_window", part: "subject")),
        SourceFile(path: "subject.yaml", bytes: bytes),
    ])
    LoadInvariants.check(load)
    LoadInvariants.evaluate(load)
    return 0
}

@_cdecl("FuzzSubject_main")
public func fuzzSubjectMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzzSubject)
}
