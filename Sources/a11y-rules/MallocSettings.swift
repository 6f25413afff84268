import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The C library's allocator settings for this process, set once at start.
///
/// glibc serves a large block from `mmap` and returns it to the system when freed, but only up to a
/// threshold that it raises each time such a block is freed (up to 32 MiB). A catalog load frees many
/// large temporary arrays, so afterwards the compile's and the evaluation's large arrays come from the
/// heap instead, between long-lived blocks, and their freed pages stay counted in the process's
/// resident size. Fixing the threshold at its starting value (128 KiB) keeps large blocks in `mmap`:
/// with the arena limit below, at 100,000 rules `evaluate`'s peak goes from 195–209 MB to 182–183 MB
/// with no change in wall time.
///
/// glibc also gives threads up to eight arenas per core, each keeping its own free pages. The CLI runs
/// the main thread and one worker per core (the load's pipeline, the compile, the evaluation's parts), so
/// it allows one arena each: cores + 1. One arena per core without the main thread's made the workers
/// wait on each other's locks (writing failed findings of 10,000 rules for 200 subjects took 15.7–16.8 s
/// instead of 12–15 s); with cores + 1 it takes 12.7–13.3 s. Elsewhere than glibc this does nothing.
enum MallocSettings {
    /// `mallopt`'s parameter numbers (`M_MMAP_THRESHOLD` and `M_ARENA_MAX` in `<malloc.h>`).
    private static let mmapThreshold: Int32 = -3
    private static let arenaMax: Int32 = -8

    static func apply() {
        #if canImport(Glibc)
        // `mallopt` is declared in `<malloc.h>`, which the Glibc module does not bring in: looked up by name.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        _ = mallopt(mmapThreshold, 128 * 1024)
        _ = mallopt(arenaMax, Int32(clamping: ProcessInfo.processInfo.activeProcessorCount + 1))
        #endif
    }
}
