internal import CColumnKernels

/// The C leaf loops by instruction set, for tests that compare them and for reports that say which
/// one ran; the engine itself calls the dispatching loops (``LeafKernel``).
enum LeafLoops {
    /// A version of the loops.
    enum Variant: Int, CaseIterable {
        case portable = 0, avx2 = 1, avx512 = 2
    }

    /// What this CPU runs: 2 AVX-512 (F, BW, VL), 1 AVX2, 0 the portable loops only.
    static var level: Int32 { a11y_kernels_level() }

    /// One variant's bytes for the rows of `a` (and `b`, for two leaves); `variant` must not be above ``level``.
    static func run(_ variant: Variant, _ a: [Double], _ aLow: Double, _ aHigh: Double,
                    _ b: [Double]?, _ bLow: Double, _ bHigh: Double, _ table: SIMD16<UInt8>) -> [UInt8] {
        var out = [UInt8](repeating: 0xFF, count: a.count)
        withUnsafeBytes(of: table) { bytes in
            let lookup = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self)
            out.withUnsafeMutableBufferPointer { o in
                a.withUnsafeBufferPointer { x in
                    if let b {
                        b.withUnsafeBufferPointer { y in
                            switch variant {
                            case .portable: a11y_leaf2_portable(x.baseAddress, aLow, aHigh, y.baseAddress, bLow, bHigh, lookup, a.count, o.baseAddress)
                            case .avx2: a11y_leaf2_avx2(x.baseAddress, aLow, aHigh, y.baseAddress, bLow, bHigh, lookup, a.count, o.baseAddress)
                            case .avx512: a11y_leaf2_avx512(x.baseAddress, aLow, aHigh, y.baseAddress, bLow, bHigh, lookup, a.count, o.baseAddress)
                            }
                        }
                    } else {
                        switch variant {
                        case .portable: a11y_leaf1_portable(x.baseAddress, aLow, aHigh, lookup, a.count, o.baseAddress)
                        case .avx2: a11y_leaf1_avx2(x.baseAddress, aLow, aHigh, lookup, a.count, o.baseAddress)
                        case .avx512: a11y_leaf1_avx512(x.baseAddress, aLow, aHigh, lookup, a.count, o.baseAddress)
                        }
                    }
                }
            }
        }
        return out
    }
}

/// Which version of the columnar engine's vector loops this machine runs.
public enum ColumnarInstructionSet {
    /// `AVX-512`, `AVX2` or `portable` (the loops for any CPU): chosen once at run time by a CPU check.
    public static var name: String {
        switch LeafLoops.level {
        case 2: return "AVX-512"
        case 1: return "AVX2"
        default: return "portable"
        }
    }
}
