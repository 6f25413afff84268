extension String {
    /// The text of some Unicode scalars. ASCII scalars (nearly every name and number in a catalog) are
    /// written as bytes, which costs far less than appending each one to a `String.UnicodeScalarView`;
    /// the string is the same either way.
    package init(scalars: ArraySlice<Unicode.Scalar>) {
        guard scalars.allSatisfy(\.isASCII) else {
            self.init(String.UnicodeScalarView(scalars))
            return
        }
        self.init(unsafeUninitializedCapacity: scalars.count) { buffer in
            for (offset, scalar) in scalars.enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: scalar.value) }
            return scalars.count
        }
    }
}
