import A11yModel

/// Where each line of a file starts, found in one pass, so that quoting many lines of one file costs
/// O(lines) once instead of O(file size) per quote.
struct LineIndex: Sendable {
    private let bytes: [UInt8]
    /// Byte offset of the start of each line; line 1 starts at 0.
    private let starts: LineStarts

    init(_ file: SourceFile) {
        bytes = file.bytes
        // 32-bit offsets where they fit: a 32 MB catalog has a million lines, 8 MB of `Int` offsets.
        starts = file.bytes.count < Int(UInt32.max) ? .narrow(Self.starts(of: file.bytes)) : .wide(Self.starts(of: file.bytes))
    }

    private static func starts<Offset: FixedWidthInteger>(of bytes: [UInt8]) -> [Offset] {
        var starts: [Offset] = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(Offset(offset + 1)) }
        // A final line break does not start a line of its own.
        if starts.count > 1, starts.last == Offset(bytes.count) { starts.removeLast() }
        return starts
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

    /// `location` moved inside the file: an error about the end of a file is placed just after its
    /// last character (on the empty line after a final line break, if there is one), never on a
    /// line that does not exist or past the end of a line.
    func clamp(_ location: SourceLocation) -> SourceLocation {
        // After a final line break, the (empty) next line is where the end of the file is.
        if bytes.last == 0x0A, location.line == count + 1 {
            return SourceLocation(file: location.file, line: location.line, column: 1)
        }
        let lineNumber = min(max(1, location.line), count)
        let length = line(lineNumber).map { String(decoding: $0, as: UTF8.self).unicodeScalars.count } ?? 0
        let column = lineNumber < location.line ? length + 1 : min(max(1, location.column), length + 1)
        return SourceLocation(file: location.file, line: lineNumber, column: column)
    }

    /// The line and column (in Unicode scalars) of byte `offset`.
    func location(ofByte offset: Int, in file: String) -> SourceLocation {
        let offset = min(max(0, offset), bytes.count)
        // The last line starting at or before the offset.
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = String(decoding: bytes[starts[low]..<offset], as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(file: file, line: low + 1, column: column)
    }
}

/// Line start offsets, in 32 bits for files under 4 GiB.
private enum LineStarts: Sendable {
    case narrow([UInt32])
    case wide([Int])

    var count: Int {
        switch self {
        case .narrow(let starts): return starts.count
        case .wide(let starts): return starts.count
        }
    }

    subscript(line: Int) -> Int {
        switch self {
        case .narrow(let starts): return Int(starts[line])
        case .wide(let starts): return starts[line]
        }
    }
}
