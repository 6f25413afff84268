/// Where each line of a file starts, found in one pass, so that quoting many lines of one file costs
/// O(lines) once instead of O(file size) per quote.
struct LineIndex: Sendable {
    private let bytes: [UInt8]
    /// Byte offset of the start of each line; line 1 starts at 0.
    private let starts: [Int]

    init(_ file: SourceFile) {
        bytes = file.bytes
        var starts = [0]
        for (offset, byte) in file.bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        // A final line break does not start a line of its own.
        if starts.count > 1, starts.last == file.bytes.count { starts.removeLast() }
        self.starts = starts
    }

    /// How many lines the file has (an empty file has one, empty, line).
    var count: Int { starts.count }

    /// The bytes of 1-based line `number`, without its line break; nil past the end.
    func line(_ number: Int) -> ArraySlice<UInt8>? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] - 1 : bytes.count
        if number == starts.count, end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return bytes[start..<max(start, end)]
    }
}
