import A11yModel

/// A recursive-descent parser for the expression language.
///
/// Precedence, lowest first: `or`, `and`, `not`, comparisons and `in`, `+ -`, `* /`, unary `-`.
///
/// No stage may recurse as deep as the input likes, so the trees it builds are shallow: nesting
/// (parentheses, `not`, unary `-`) is bounded by ``maxDepth``; a chain of `and`, `or` or `+`/`-`
/// terms, however long, becomes a tree of logarithmic depth (``Chain``); and no tree is deeper than
/// ``maxTreeDepth`` (a long `*`/`/` chain, which is kept left to right for its units, hits that).
struct ExpressionParser {
    private var tokens: [Token]
    private var position = 0
    private var depth = 0
    static let maxDepth = 64
    static let maxTreeDepth = 256

    /// A parsed node with the depth of its tree, so that limits are checked as the tree grows.
    struct Parsed {
        var syntax: Syntax
        var depth: Int
        var range: Range<Int> { syntax.range }
    }

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole expression.
    static func parse(_ text: String) throws(ExpressionError) -> Syntax {
        var lexer = Lexer(text)
        var parser = ExpressionParser(tokens: try lexer.tokens())
        let parsed = try parser.expression()
        guard case .end = parser.current.kind else {
            let token = parser.current
            throw ExpressionError(message: "unexpected '\(token.text)' after a complete expression", range: token.range)
        }
        return parsed.syntax
    }

    private var current: Token { tokens[min(position, tokens.count - 1)] }

    private mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private mutating func expect(_ symbol: String, _ what: @autoclosure () -> String) throws(ExpressionError) -> Token {
        guard current.isSymbol(symbol) else {
            throw ExpressionError(message: "expected \(what()), found '\(current.text)'", range: current.range)
        }
        return advance()
    }

    private mutating func nested<T>(_ body: (inout ExpressionParser) throws(ExpressionError) -> T) throws(ExpressionError) -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else {
            throw ExpressionError(message: "expression nests deeper than \(Self.maxDepth) levels", range: current.range)
        }
        return try body(&self)
    }

    mutating func expression() throws(ExpressionError) -> Parsed {
        try nested { (parser) throws(ExpressionError) in try parser.disjunction() }
    }

    /// A node over `children`, checked against ``maxTreeDepth``.
    /// (One, two or three children, as the grammar has: no array per node.)
    private func node(_ syntax: Syntax, over a: Parsed) throws(ExpressionError) -> Parsed {
        try Self.parsed(syntax, depth: 1 + a.depth)
    }

    private func node(_ syntax: Syntax, over a: Parsed, _ b: Parsed) throws(ExpressionError) -> Parsed {
        try Self.parsed(syntax, depth: 1 + max(a.depth, b.depth))
    }

    private func node(_ syntax: Syntax, over a: Parsed, _ b: Parsed, _ c: Parsed) throws(ExpressionError) -> Parsed {
        try Self.parsed(syntax, depth: 1 + max(a.depth, b.depth, c.depth))
    }

    /// `syntax` with its tree depth, or the positioned error when it is too deep.
    static func parsed(_ syntax: Syntax, depth: Int) throws(ExpressionError) -> Parsed {
        guard depth <= maxTreeDepth else {
            throw ExpressionError(
                message: "the expression nests more than \(maxTreeDepth) levels deep; split it into simpler rules",
                range: syntax.range, id: "expression.too-deep")
        }
        return Parsed(syntax: syntax, depth: depth)
    }

    /// The operator sets of the grammar, built once (a set literal at each call hashed its strings every time).
    private static let orOperators: Set<String> = ["or"]
    private static let andOperators: Set<String> = ["and"]
    private static let additiveOperators: Set<String> = ["+", "-"]
    private static let comparisonOperators: Set<String> = ["==", "!=", "<", "<=", ">", ">="]
    private static let keywords: Set<String> = ["and", "or", "not", "in", "where"]

    /// Reads `operand (OP operand)*` into a ``Chain``, iteratively.
    private mutating func chain(
        of operators: Set<String>, _ operand: (inout ExpressionParser) throws(ExpressionError) -> Parsed
    ) throws(ExpressionError) -> Parsed {
        var chain = Chain(first: try operand(&self))
        while let op = currentOperator, operators.contains(op) {
            _ = advance()
            chain.append(op, try operand(&self))
        }
        return try chain.joined()
    }

    /// The current token as a binary operator word or symbol, if it is one.
    private var currentOperator: String? {
        switch current.kind {
        case .identifier(let word) where word == "and" || word == "or": return word
        case .symbol(let symbol): return symbol
        default: return nil
        }
    }

    private mutating func disjunction() throws(ExpressionError) -> Parsed {
        try chain(of: Self.orOperators) { (parser) throws(ExpressionError) in try parser.conjunction() }
    }

    private mutating func conjunction() throws(ExpressionError) -> Parsed {
        try chain(of: Self.andOperators) { (parser) throws(ExpressionError) in try parser.negation() }
    }

    private mutating func negation() throws(ExpressionError) -> Parsed {
        if current.isKeyword("not") {
            let keyword = advance()
            let operand = try nested { (parser) throws(ExpressionError) in try parser.negation() }
            return try node(.unary("not", operand.syntax, keyword.range.lowerBound..<operand.range.upperBound), over: operand)
        }
        return try comparison()
    }

    private mutating func comparison() throws(ExpressionError) -> Parsed {
        let left = try additive()
        if case .symbol(let op) = current.kind, Self.comparisonOperators.contains(op) {
            _ = advance()
            let right = try additive()
            if case .symbol(let next) = current.kind, Self.comparisonOperators.contains(next) {
                throw ExpressionError(
                    message: "comparisons do not chain; write 'a <= x and x <= b' or 'x in a..b'", range: current.range)
            }
            return try node(.binary(op, left.syntax, right.syntax, left.range.lowerBound..<right.range.upperBound), over: left, right)
        }
        if current.isKeyword("in") {
            _ = advance()
            let lower = try additive()
            _ = try expect("..", "'..' between the ends of a range (x in 700 mm..850 mm)")
            let upper = try additive()
            return try node(
                .inRange(left.syntax, lower.syntax, upper.syntax, left.range.lowerBound..<upper.range.upperBound),
                over: left, lower, upper)
        }
        return left
    }

    private mutating func additive() throws(ExpressionError) -> Parsed {
        try chain(of: Self.additiveOperators) { (parser) throws(ExpressionError) in try parser.multiplicative() }
    }

    /// `*` and `/` stay left to right: their units change from term to term.
    private mutating func multiplicative() throws(ExpressionError) -> Parsed {
        var left = try unary()
        while case .symbol(let op) = current.kind, op == "*" || op == "/" {
            _ = advance()
            let right = try unary()
            left = try node(.binary(op, left.syntax, right.syntax, left.range.lowerBound..<right.range.upperBound), over: left, right)
        }
        return left
    }

    private mutating func unary() throws(ExpressionError) -> Parsed {
        if current.isSymbol("-") {
            let minus = advance()
            let operand = try nested { (parser) throws(ExpressionError) in try parser.unary() }
            return try node(.unary("-", operand.syntax, minus.range.lowerBound..<operand.range.upperBound), over: operand)
        }
        return try primary()
    }

    private mutating func primary() throws(ExpressionError) -> Parsed {
        let token = current
        switch token.kind {
        case .quantity(let q):
            _ = advance()
            return Parsed(syntax: .quantity(q, token.range), depth: 1)
        case .string(let s):
            _ = advance()
            return Parsed(syntax: .string(s, token.range), depth: 1)
        case .identifier(let name):
            _ = advance()
            if name == "true" || name == "false" { return Parsed(syntax: .boolean(name == "true", token.range), depth: 1) }
            if Self.keywords.contains(name) {
                throw ExpressionError(message: "expected a value, found the keyword '\(name)'", range: token.range)
            }
            if current.isSymbol("(") { return try call(name, token.range) }
            var path = [name]
            var end = token.range.upperBound
            while current.isSymbol(".") {
                _ = advance()
                guard case .identifier(let part) = current.kind else {
                    throw ExpressionError(message: "expected a name after '.', found '\(current.text)'", range: current.range)
                }
                end = advance().range.upperBound
                path.append(part)
            }
            return Parsed(syntax: .name(path, token.range.lowerBound..<end), depth: 1)
        case .symbol("("):
            let open = advance()
            var inner = try expression()
            let close = try expect(")", "')'")
            // The parentheses belong to the text of the expression, so that the text of an enclosing
            // one (`(rise - 10 mm) * 2`) and what reports quote keep them as the author wrote them.
            inner.syntax = inner.syntax.spanning(open.range.lowerBound..<close.range.upperBound)
            return inner
        case .end:
            throw ExpressionError(message: "expected a value, found the end of the expression", range: token.range)
        default:
            throw ExpressionError(message: "expected a value, found '\(token.text)'", range: token.range)
        }
    }

    private mutating func call(_ name: String, _ nameRange: Range<Int>) throws(ExpressionError) -> Parsed {
        _ = try expect("(", "'('")
        var arguments: [Parsed] = []
        if !current.isSymbol(")") {
            repeat {
                if !arguments.isEmpty { _ = advance() }
                var argument = try expression()
                if current.isKeyword("where") {
                    _ = advance()
                    let condition = try expression()
                    argument = try node(
                        .filtered(argument.syntax, condition.syntax, argument.range.lowerBound..<condition.range.upperBound),
                        over: argument, condition)
                }
                arguments.append(argument)
            } while current.isSymbol(",")
        }
        let close = try expect(")", "',' or ')' in the arguments of \(name)(…)")
        let call = Syntax.call(name, nameRange: nameRange, arguments.map(\.syntax), nameRange.lowerBound..<close.range.upperBound)
        return try Self.parsed(call, depth: 1 + (arguments.map(\.depth).max() ?? 0))
    }
}
