import A11yModel

/// Writes JSON text as UTF-8 bytes straight into a buffer, pretty-printed with two spaces or compact,
/// and hands the buffer to its output in bulk (every ``flushThreshold`` bytes, at value boundaries), so
/// a report of any size is never held as one `String`, nor one subject's findings as one buffer.
/// Non-finite numbers are written as `null`.
///
/// ```swift
/// var json = JSONStreamWriter(pretty: true, output: try FileOutput(path: "out.json"))
/// json.beginObject(); json.key("id"); json.string("east-hall"); json.endObject(); json.flush()
/// try json.check()
/// ```
///
/// A failed write is kept (and later writes are dropped) until ``check()`` throws it.
public struct JSONStreamWriter {
    /// The bytes written and not flushed yet (a copy: read it once the writing is done).
    public var bytes: [UInt8] { buffer.array }
    private var buffer = ByteBuffer()
    /// Whether to indent with two spaces.
    public let pretty: Bool
    /// How many buffered bytes trigger a flush.
    public var flushThreshold = 1 << 16
    private let sink: ((UnsafeRawBufferPointer) throws -> Void)?
    /// The first error the output threw; nothing is written after it.
    public private(set) var failure: (any Error)?
    /// How many containers are open, whether the innermost has an element yet, and the same for each
    /// enclosing one (kept apart so that writing an element reads and sets one flag, not an array's last).
    private var openCount = 0
    private var innermostHasElements = false
    private var enclosingHaveElements: [Bool] = []
    private let baseDepth: Int
    /// Whether the next value follows a key (no separator or indentation before it).
    private var afterKey = false
    /// Literal keys found to need no escape, each as its address with its length above bit 48, in one of
    /// two slots chosen by both (see the `StaticString` `key(_:)`); 0: empty. 64 pairs.
    private var plainKeys = InlineArray<128, UInt>(repeating: 0)

    /// Creates a writer.
    ///
    /// - Parameters:
    ///   - pretty: Indent with two spaces; false writes compact JSON.
    ///   - depth: The indentation level of the first value (to write inside an enclosing document).
    ///   - flush: Receives the text in bulk; nil keeps it all in ``bytes``.
    public init(pretty: Bool, depth: Int = 0, flush: ((UnsafeRawBufferPointer) throws -> Void)? = nil) {
        self.pretty = pretty
        self.baseDepth = depth
        self.sink = flush
        buffer.reserve(flush == nil ? 1024 : (1 << 16) + 4096)
    }

    /// Creates a writer that writes through `output`.
    public init(pretty: Bool, depth: Int = 0, output: some ReportOutput) {
        self.init(pretty: pretty, depth: depth) { try output.write($0) }
    }

    /// Reserves room for `count` more bytes.
    public mutating func reserve(_ count: Int) {
        buffer.reserve(count)
    }

    /// The bytes written and not flushed yet, leaving none (without copying them, unlike ``bytes``).
    mutating func takeBytes() -> [UInt8] {
        buffer.take()
    }

    /// Throws the first error the output threw, if any.
    public func check() throws {
        if let failure { throw failure }
    }

    /// The text written so far (for writers without a flush).
    public var text: String { buffer.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }

    /// Hands the buffered bytes to the flush closure.
    public mutating func flush() {
        guard let sink, !buffer.isEmpty else { return }
        if failure == nil {
            do {
                try buffer.withUnsafeBytes { try sink($0) }
            } catch {
                failure = error
            }
        }
        buffer.removeAll()
    }

    /// Appends raw UTF-8 text (already valid JSON or layout) as is.
    public mutating func raw(_ text: StaticString) {
        if text.hasPointerRepresentation {
            buffer.append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        } else {
            text.withUTF8Buffer { buffer.append($0) }
        }
    }

    /// Appends raw UTF-8 bytes as is.
    public mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append($0) }
    }

    /// The indentation level of the next value (to render a value elsewhere at the same level).
    public var depth: Int { baseDepth + openCount }

    /// Writes a value already encoded by another writer (compact, or pretty at ``depth``), with the
    /// separator and indentation of the current container.
    public mutating func encoded(_ value: [UInt8]) {
        element()
        buffer.append(value)
        flushIfNeeded()
    }

    /// Writes a value already encoded around one string: `prefix`, then `string` quoted and escaped, then
    /// `suffix`, with the separator and indentation of the current container (as ``encoded(_:)`` does).
    ///
    /// For many values of one shape that differ in one string and a few fixed choices (such as clause
    /// verdicts): encode each choice's text once, at ``depth``, and write only the string per value.
    public mutating func encoded(_ prefix: [UInt8], string: String, _ suffix: [UInt8]) {
        element()
        var string = string
        string.withUTF8 { utf8 in
            prefix.withUnsafeBufferPointer { prefix in
                suffix.withUnsafeBufferPointer { suffix in
                    // One reservation for the three parts (at most 6 bytes per byte of the string, and its quotes).
                    buffer.write(atMost: prefix.count + 6 * utf8.count + 2 + suffix.count) { out in
                        var written = 0
                        if let start = prefix.baseAddress { out.update(from: start, count: prefix.count) }
                        written += prefix.count
                        written += Self.writeEscaped(utf8, to: out + written)
                        if let start = suffix.baseAddress { (out + written).update(from: start, count: suffix.count) }
                        return written + suffix.count
                    }
                }
            }
        }
        flushIfNeeded()
    }

    /// The elements of an array of strings, encoded as ``strings(_:)`` writes them for an array that is
    /// the next value (one level deeper than ``depth`` when pretty), to write with
    /// ``array(encodedElements:)``: the same strings in several arrays are escaped once.
    ///
    /// - Complexity: O(*n*) in the total length of `values`.
    public func encodedElements(_ values: [String]) -> [UInt8] {
        var run = ByteBuffer()
        var indent: [UInt8] = []
        if pretty { indent = [0x0A] + [UInt8](repeating: 0x20, count: 2 * (depth + 1)) }
        run.reserve(values.count * (indent.count + 24))
        for (index, value) in values.enumerated() {
            if index > 0 { run.append(0x2C) }
            if pretty { run.append(indent) }
            Self.appendEscaped(value, to: &run)
        }
        return run.take()
    }

    /// Writes an array whose elements are the runs ``encodedElements(_:)`` made (at this ``depth``),
    /// in order: `array(encodedElements: a, b)` writes what `strings(x, then: y)` does for `a` made
    /// from `x` and `b` from `y`.
    public mutating func array(encodedElements runs: [UInt8]...) {
        beginArray()
        var first = true
        for run in runs where !run.isEmpty {
            if !first { buffer.append(0x2C) }
            first = false
            buffer.append(run)
        }
        if !first { innermostHasElements = true }
        endArray()
    }

    // MARK: Structure

    /// Opens an object.
    public mutating func beginObject() { open(0x7B) }
    /// Closes the innermost object.
    public mutating func endObject() { close(0x7D) }
    /// Opens an array.
    public mutating func beginArray() { open(0x5B) }
    /// Closes the innermost array.
    public mutating func endArray() { close(0x5D) }

    /// Writes an object key; the next call writes its value. A key that needs no escape (no `"`, `\` or
    /// control character, as nearly every literal key) is copied as it is; another is escaped.
    ///
    /// A finding writes about 40 keys: a literal's bytes are checked once per writer (its address is
    /// remembered, since a literal's bytes never change), then copied with the separator before them in
    /// one reserved write. Checking and copying every key cost about 260 instructions a key.
    public mutating func key(_ name: StaticString) {
        guard isPlain(name) else {
            element()
            escaped(name.description)
            colon()
            return
        }
        let start = name.utf8Start, count = name.utf8CodeUnitCount
        // The separator `element()` writes, when it is a comma alone (compact JSON, a key after a member).
        var comma = false
        if pretty || afterKey || openCount == 0 {
            element()
        } else {
            comma = innermostHasElements
            innermostHasElements = true
        }
        let pretty = self.pretty
        buffer.write(atMost: count + 5) { out in
            var at = 0
            if comma {
                out[0] = 0x2C
                at = 1
            }
            out[at] = 0x22
            (out + at + 1).update(from: start, count: count)
            out[at + count + 1] = 0x22
            out[at + count + 2] = 0x3A
            guard pretty else { return at + count + 3 }
            out[at + count + 3] = 0x20
            return at + count + 4
        }
        afterKey = true
    }

    /// Whether the literal `name` needs no escape: looked up among the literals this writer found plain
    /// (two slots a key, a pair chosen by a multiplicative hash, so that two keys rarely take turns in
    /// one), else checked and remembered. Empty and very long literals are never remembered.
    @inline(__always)
    private mutating func isPlain(_ name: StaticString) -> Bool {
        let count = name.hasPointerRepresentation ? name.utf8CodeUnitCount : 0
        guard count > 0, count < 1 << 16 else { return false }
        let seen = UInt(bitPattern: name.utf8Start) | UInt(count) << 48
        let slot = Int(truncatingIfNeeded: (UInt64(seen) &* 0x9E37_79B9_7F4A_7C15) >> 58) << 1
        if plainKeys[slot] == seen || plainKeys[slot + 1] == seen { return true }
        guard Self.plainPrefixLength(UnsafeBufferPointer(start: name.utf8Start, count: count)) == count else { return false }
        plainKeys[plainKeys[slot] == 0 ? slot : slot + 1] = seen
        return true
    }

    /// Writes an object key given at run time.
    ///
    /// Disfavoured, so that a key written as a literal takes the `StaticString` overload, whose bytes need no
    /// escape pass (a literal is otherwise a `String` and took this one: 10 of the 15 strings escaped for each
    /// observed value of a finding were its keys).
    @_disfavoredOverload
    public mutating func key(_ name: String) {
        element()
        escaped(name)
        colon()
    }

    // MARK: Values

    /// Writes a string.
    public mutating func string(_ value: String) {
        element()
        escaped(value)
    }

    /// Writes a string, or null.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes an array of strings.
    public mutating func strings(_ values: [String]) {
        strings(values, then: [])
    }

    /// Writes one array of strings: those of `values`, then those of `more` (without joining them first).
    public mutating func strings(_ values: [String], then more: [String]) {
        beginArray()
        if pretty {
            for value in values { string(value) }
            for value in more { string(value) }
        } else {
            // Compact: what `string` writes for each element, without its layout checks.
            var first = true
            for value in values {
                if !first { buffer.append(0x2C) }
                first = false
                escaped(value)
            }
            for value in more {
                if !first { buffer.append(0x2C) }
                first = false
                escaped(value)
            }
            if !first { innermostHasElements = true }
        }
        endArray()
    }

    /// Writes `null`.
    public mutating func null() {
        element()
        raw("null")
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        element()
        raw(value ? "true" : "false")
    }

    /// Writes an integer.
    public mutating func integer(_ value: Int) {
        element()
        digits(value)
    }

    /// Writes a number as people write it (``A11yModel/QuantityFormat/number(_:)``); non-finite values as null.
    public mutating func number(_ value: Double) {
        guard value.isFinite else { return null() }
        if value == value.rounded(), abs(value) < 1e9 {
            element()
            digits(Int(value))
            return
        }
        let text = QuantityFormat.number(value)
        element()
        // QuantityFormat rounds through value × 10⁶, which overflows near the largest doubles.
        raw(text.contains("inf") || text.contains("nan") || text.contains("∞") ? value.description : text)
    }

    /// Writes a number exactly: the shortest decimal form that reads back as the same `Double` (for
    /// values a reader rebuilds bit for bit, such as observed quantities); non-finite values as null.
    public mutating func exactNumber(_ value: Double) {
        guard value.isFinite else { return null() }
        element()
        if value == value.rounded(), abs(value) < 1e15 {
            raw(String(Int64(value)))
        } else {
            raw(value.description)
        }
    }

    /// Writes a JSON value tree.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let n): number(n)
        case .string(let s): string(s)
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case .object(let pairs):
            beginObject()
            for (name, item) in pairs {
                key(name)
                self.value(item)
            }
            endObject()
        }
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        element()
        buffer.append(bracket)
        if openCount > 0 { enclosingHaveElements.append(innermostHasElements) }
        innermostHasElements = false
        openCount += 1
    }

    private mutating func close(_ bracket: UInt8) {
        precondition(openCount > 0, "closed a container that is not open")
        let had = innermostHasElements
        openCount -= 1
        if openCount > 0 { innermostHasElements = enclosingHaveElements.removeLast() }
        if had { newline(depth: openCount) }
        buffer.append(bracket)
        flushIfNeeded()
    }

    private mutating func flushIfNeeded() {
        if sink != nil, buffer.count >= flushThreshold { flush() }
    }

    /// Separator and indentation before an array element or a key; nothing before a key's value.
    private mutating func element() {
        if afterKey {
            afterKey = false
            return
        }
        guard openCount > 0 else { return }
        if innermostHasElements { buffer.append(0x2C) } else { innermostHasElements = true }
        newline(depth: openCount)
    }

    private mutating func colon() {
        buffer.append(0x3A)
        if pretty { buffer.append(0x20) }
        afterKey = true
    }

    private mutating func newline(depth: Int) {
        guard pretty else { return }
        buffer.append(0x0A)
        for _ in 0..<(baseDepth + depth) { buffer.append(0x20); buffer.append(0x20) }
    }

    private mutating func digits(_ value: Int) {
        if value < 0 { buffer.append(0x2D) }
        var magnitude = value.magnitude
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &scratch) { raw in
            let scratchBytes = raw.bindMemory(to: UInt8.self)
            var end = scratchBytes.count
            repeat {
                end -= 1
                scratchBytes[end] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            self.buffer.append(UnsafeBufferPointer(rebasing: scratchBytes[end...]))
        }
    }

    private mutating func escaped(_ value: String) {
        Self.appendEscaped(value, to: &buffer)
    }

    /// Appends `value` quoted, with `"`, `\` and control characters escaped.
    private static func appendEscaped(_ value: String, to buffer: inout ByteBuffer) {
        // At most 6 bytes (`\u00XX`) per byte, and the quotes.
        buffer.write(atMost: 6 * value.utf8.count + 2) { out in writeEscaped(value, to: out) }
    }

    /// Writes `value` quoted and escaped at `out`; returns how many bytes it wrote (at most 6 per byte, plus 2).
    private static func writeEscaped(_ value: String, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if let written = value.utf8.withContiguousStorageIfAvailable({ writeEscaped($0, to: out) }) { return written }
        var value = value
        return value.withUTF8 { writeEscaped($0, to: out) }
    }

    /// Writes `utf8` quoted and escaped at `out`; returns how many bytes it wrote (at most 6 per byte, plus 2).
    private static func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        out[0] = 0x22
        guard let start = utf8.baseAddress else {
            out[1] = 0x22
            return 2
        }
        // Most strings (ids, names) need no escape: find the first byte that does, copy up to it in bulk.
        let count = utf8.count
        var index = plainPrefixLength(utf8)
        (out + 1).update(from: start, count: index)
        var written = 1 + index
        while index < count {
            let byte = start[index]
            index += 1
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else {
                out[written] = byte
                written += 1
                continue
            }
            out[written] = 0x5C
            switch byte {
            case 0x22: out[written + 1] = 0x22
            case 0x5C: out[written + 1] = 0x5C
            case 0x0A: out[written + 1] = 0x6E
            case 0x0D: out[written + 1] = 0x72
            case 0x09: out[written + 1] = 0x74
            default:
                out[written + 1] = 0x75
                out[written + 2] = 0x30
                out[written + 3] = 0x30
                out[written + 4] = hexDigit(byte >> 4)
                out[written + 5] = hexDigit(byte & 0xF)
                written += 4
            }
            written += 2
        }
        out[written] = 0x22
        return written + 1
    }

    /// How many bytes at the start of `utf8` need no escape (all of them, for most ids and names):
    /// eight bytes at a time first, since a word has a byte below 0x20, `"` or `\` when one of these
    /// marks is set.
    private static func plainPrefixLength(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let start = utf8.baseAddress else { return 0 }
        let count = utf8.count
        var index = 0
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= count {
            let word = UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self)
            let control = (word &- ones &* 0x20) & ~word
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            let special = control | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
            if special & highs != 0 { break }
            index += 8
        }
        while index < count {
            let byte = start[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { break }
            index += 1
        }
        return index
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10
    }
}
