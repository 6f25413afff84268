@_exported import CFuzzDriver

/// The entry point of a fuzz target. SwiftPM links an executable target's `main` to
/// `<Target>_main`, which each target defines by calling this, so libFuzzer's driver runs with the
/// command-line arguments (`-max_total_time=30`, a corpus folder, `-dict=tokens.dict`, …).
public func runFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments, body)
}
