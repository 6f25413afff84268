import A11yRules
import FuzzSupport

/// The catalog loader on one file of any kind (vocabulary, standard, scorecard, subject) loaded
/// with the fixture: diagnostics stay inside the file, and whatever loads evaluates consistently.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalog(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let load = FuzzFixture.load([
        SourceFile(path: "standard.yaml", text: FuzzFixture.standard(check: "clear_width >= 1 m")),
        SourceFile(path: "input.yaml", bytes: bytes),
    ])
    LoadInvariants.check(load)
    LoadInvariants.evaluate(load)
    return 0
}

@_cdecl("FuzzCatalog_main")
public func fuzzCatalogMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzzCatalog)
}
