/// A file handed to the loader: its path (as shown in diagnostics) and its bytes.
public struct SourceFile: Sendable, Hashable {
    /// The path, as the user gave it.
    public var path: String
    /// The raw bytes.
    public var bytes: [UInt8]

    /// Creates a source file from bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a source file from text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The text of 1-based line `number` (without its line break), if the file has it.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if current == number { return Self.text(bytes[start..<index]) }
            current += 1
            start = index + 1
        }
        return current == number ? Self.text(bytes[start...]) : nil
    }

    private static func text(_ slice: ArraySlice<UInt8>) -> String {
        var line = String(decoding: slice, as: UTF8.self)
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
