import A11yModel

/// Splits an expression into tokens. Numbers absorb a following unit (`850 mm`, `1:12`, `8.33%`).
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Units matched longest first, so `mm` wins over `m`.
    private static let units: [(symbol: [Unicode.Scalar], unit: Unit)] = Unit.all
        .map { (Array($0.symbol.unicodeScalars), $0) }
        .sorted { $0.symbol.count > $1.symbol.count }

    mutating func tokens() throws(ExpressionError) -> [Token] {
        var result: [Token] = []
        while true {
            let token = try next()
            result.append(token)
            if case .end = token.kind { return result }
        }
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private static func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { ("0"..."9").contains($0) } ?? false }
    private static func isIdentifierStart(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        // ASCII without the Unicode property tables (among ASCII, only letters are alphabetic).
        if c.isASCII { return c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        return c.properties.isAlphabetic
    }
    private static func isIdentifierPart(_ c: Unicode.Scalar?) -> Bool { isDigit(c) || isIdentifierStart(c) }

    private mutating func next() throws(ExpressionError) -> Token {
        while let c = peek(), c == " " || c == "\t" || c == "\n" || c == "\r" { index += 1 }
        let start = index
        guard let c = peek() else { return Token(kind: .end, range: start..<start) }
        if Self.isDigit(c) || (c == "." && Self.isDigit(peek(1))) {
            return try quantity()
        }
        if c == "\"" || c == "'" {
            return try string(quote: c)
        }
        if Self.isIdentifierStart(c) {
            index += 1
            while true {
                if Self.isIdentifierPart(peek()) {
                    index += 1
                } else if peek() == "-", Self.isIdentifierStart(peek(1)), Self.isIdentifierPart(scalars[index - 1]) {
                    // Table names are kebab-case: `ramp-max-rise`. Subtraction needs spaces: `a - b`.
                    index += 1
                } else {
                    break
                }
            }
            return Token(kind: .identifier(String(scalars: scalars[start..<index])), range: start..<index)
        }
        // The two-character operators `==`, `!=`, `<=`, `>=` and `..`.
        if let d = peek(1), (d == "=" && (c == "=" || c == "!" || c == "<" || c == ">")) || (c == "." && d == ".") {
            index += 2
            return Token(kind: .symbol(String(c) + String(d)), range: start..<index)
        }
        if "()+-*/<>,.".unicodeScalars.contains(c) {
            index += 1
            return Token(kind: .symbol(String(c)), range: start..<index)
        }
        if c == "=" {
            throw ExpressionError(message: "'=' is not an operator; compare with '=='", range: start..<start + 1, suggestion: "==")
        }
        if c == "&" || c == "|" || c == "!" {
            let word = c == "&" ? "and" : c == "|" ? "or" : "not"
            throw ExpressionError(message: "'\(c)' is not an operator; write '\(word)'", range: start..<start + 1, suggestion: word)
        }
        throw ExpressionError(message: "unexpected character '\(c)'", range: start..<start + 1)
    }

    private mutating func quantity() throws(ExpressionError) -> Token {
        let start = index
        guard let (first, afterFirst) = QuantityLiteral.number(scalars, from: index) else {
            throw ExpressionError(message: "expected a number", range: start..<start + 1)
        }
        // A trailing '.' belongs to a following '..', not to the number.
        var end = afterFirst
        if end > start, scalars[end - 1] == ".", end < scalars.count, scalars[end] == "." { end -= 1 }
        index = end
        let value = end == afterFirst ? first : Double(String(scalars: scalars[start..<end])) ?? first
        if peek() == ":" {
            index += 1
            guard var (second, afterSecond) = QuantityLiteral.number(scalars, from: index) else {
                throw ExpressionError(message: "expected a ratio like 1:12 or 4.5:1", range: start..<index)
            }
            // As above: in `1:20..1:12` the '.' after 20 starts the '..'.
            if afterSecond > index, scalars[afterSecond - 1] == ".", afterSecond < scalars.count, scalars[afterSecond] == "." {
                afterSecond -= 1
                second = Double(String(scalars: scalars[index..<afterSecond])) ?? second
            }
            guard second != 0 else {
                throw ExpressionError(message: "a ratio's second term cannot be zero", range: start..<afterSecond)
            }
            index = afterSecond
            return Token(kind: .quantity(.ratio(value, second)), range: start..<index)
        }
        if peek() == "%" {
            index += 1
            return Token(kind: .quantity(Quantity(value / 100, .dimensionless, notation: .percent)), range: start..<index)
        }
        // A unit may follow after spaces.
        var probe = index
        while probe < scalars.count, scalars[probe] == " " { probe += 1 }
        for (symbol, unit) in Self.units where probe + symbol.count <= scalars.count {
            guard symbol.indices.allSatisfy({ scalars[probe + $0] == symbol[$0] }) else { continue }
            let after = probe + symbol.count < scalars.count ? scalars[probe + symbol.count] : nil
            if Self.isIdentifierPart(after), Self.isIdentifierPart(symbol.last) { continue }
            index = probe + symbol.count
            return Token(kind: .quantity(Quantity(value, unit)), range: start..<index)
        }
        // A word right after a number is meant as its unit, unless it is a keyword (`3 and …`).
        if Self.isIdentifierStart(probe < scalars.count ? scalars[probe] : nil) {
            var end = probe
            while end < scalars.count, Self.isIdentifierPart(scalars[end]) || scalars[end] == "²" { end += 1 }
            let word = String(scalars: scalars[probe..<end])
            if !Self.keywords.contains(word) { throw Self.unknownUnit(word, range: probe..<end) }
        }
        return Token(kind: .quantity(.number(value)), range: start..<index)
    }

    /// Words that may follow a number without being its unit.
    static let keywords: Set<String> = ["and", "or", "not", "in", "where"]

    /// `unknown unit 'dBA'; sound-level units are dB (did you mean 'dB'?)`, or every unit when none is close.
    static func unknownUnit(_ word: String, range: Range<Int>) -> ExpressionError {
        let suggestion = Suggestion.closest(to: word, in: Unit.symbols)
        let listing: String
        if let suggestion, let unit = Unit.named(suggestion) {
            listing = "\(unit.dimension.rawValue) units are \(unit.dimension.units.map(\.symbol).joined(separator: ", "))"
        } else {
            let groups = Dimension.allCases.filter { !$0.units.isEmpty }
                .map { "\($0.rawValue): \($0.units.map(\.symbol).joined(separator: " "))" }
            listing = "known units are \(groups.joined(separator: "; ")); a ratio is written 1:12, a percentage 8%"
        }
        return ExpressionError(message: "unknown unit '\(word)'; \(listing)", range: range, suggestion: suggestion, id: "expression.unknown-unit")
    }

    private mutating func string(quote: Unicode.Scalar) throws(ExpressionError) -> Token {
        let start = index
        index += 1
        var text = String.UnicodeScalarView()
        while let c = peek() {
            index += 1
            if c == quote { return Token(kind: .string(String(text)), range: start..<index) }
            if c == "\\", let escaped = peek() {
                index += 1
                text.append(escaped)
            } else {
                text.append(c)
            }
        }
        throw ExpressionError(message: "unterminated string", range: start..<index)
    }
}
