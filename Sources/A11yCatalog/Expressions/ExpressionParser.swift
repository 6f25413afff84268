import A11yModel

/// A recursive-descent parser for the expression language.
///
/// Precedence, lowest first: `or`, `and`, `not`, comparisons and `in`, `+ -`, `* /`, unary `-`.
/// Nesting is bounded (``maxDepth``) so hostile input cannot exhaust the stack.
struct ExpressionParser {
    private var tokens: [Token]
    private var position = 0
    private var depth = 0
    static let maxDepth = 64

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole expression.
    static func parse(_ text: String) throws(ExpressionError) -> Syntax {
        var lexer = Lexer(text)
        var parser = ExpressionParser(tokens: try lexer.tokens())
        let syntax = try parser.expression()
        guard case .end = parser.current.kind else {
            let token = parser.current
            throw ExpressionError(message: "unexpected '\(token.text)' after a complete expression", range: token.range)
        }
        return syntax
    }

    private var current: Token { tokens[min(position, tokens.count - 1)] }

    private mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private mutating func expect(_ symbol: String, _ what: String) throws(ExpressionError) -> Token {
        guard current.isSymbol(symbol) else {
            throw ExpressionError(message: "expected \(what), found '\(current.text)'", range: current.range)
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

    mutating func expression() throws(ExpressionError) -> Syntax {
        try nested { (parser) throws(ExpressionError) in try parser.disjunction() }
    }

    private mutating func disjunction() throws(ExpressionError) -> Syntax {
        var left = try conjunction()
        while current.isKeyword("or") {
            _ = advance()
            let right = try conjunction()
            left = .binary("or", left, right, left.range.lowerBound..<right.range.upperBound)
        }
        return left
    }

    private mutating func conjunction() throws(ExpressionError) -> Syntax {
        var left = try negation()
        while current.isKeyword("and") {
            _ = advance()
            let right = try negation()
            left = .binary("and", left, right, left.range.lowerBound..<right.range.upperBound)
        }
        return left
    }

    private mutating func negation() throws(ExpressionError) -> Syntax {
        if current.isKeyword("not") {
            let keyword = advance()
            let operand = try nested { (parser) throws(ExpressionError) in try parser.negation() }
            return .unary("not", operand, keyword.range.lowerBound..<operand.range.upperBound)
        }
        return try comparison()
    }

    private mutating func comparison() throws(ExpressionError) -> Syntax {
        let left = try additive()
        if case .symbol(let op) = current.kind, ["==", "!=", "<", "<=", ">", ">="].contains(op) {
            _ = advance()
            let right = try additive()
            if case .symbol(let next) = current.kind, ["==", "!=", "<", "<=", ">", ">="].contains(next) {
                throw ExpressionError(
                    message: "comparisons do not chain; write 'a <= x and x <= b' or 'x in a..b'", range: current.range)
            }
            return .binary(op, left, right, left.range.lowerBound..<right.range.upperBound)
        }
        if current.isKeyword("in") {
            _ = advance()
            let lower = try additive()
            _ = try expect("..", "'..' between the ends of a range (x in 700 mm..850 mm)")
            let upper = try additive()
            return .inRange(left, lower, upper, left.range.lowerBound..<upper.range.upperBound)
        }
        return left
    }

    private mutating func additive() throws(ExpressionError) -> Syntax {
        var left = try multiplicative()
        while case .symbol(let op) = current.kind, op == "+" || op == "-" {
            _ = advance()
            let right = try multiplicative()
            left = .binary(op, left, right, left.range.lowerBound..<right.range.upperBound)
        }
        return left
    }

    private mutating func multiplicative() throws(ExpressionError) -> Syntax {
        var left = try unary()
        while case .symbol(let op) = current.kind, op == "*" || op == "/" {
            _ = advance()
            let right = try unary()
            left = .binary(op, left, right, left.range.lowerBound..<right.range.upperBound)
        }
        return left
    }

    private mutating func unary() throws(ExpressionError) -> Syntax {
        if current.isSymbol("-") {
            let minus = advance()
            let operand = try nested { (parser) throws(ExpressionError) in try parser.unary() }
            return .unary("-", operand, minus.range.lowerBound..<operand.range.upperBound)
        }
        return try primary()
    }

    private mutating func primary() throws(ExpressionError) -> Syntax {
        let token = current
        switch token.kind {
        case .quantity(let q):
            _ = advance()
            return .quantity(q, token.range)
        case .string(let s):
            _ = advance()
            return .string(s, token.range)
        case .identifier(let name):
            _ = advance()
            if name == "true" || name == "false" { return .boolean(name == "true", token.range) }
            if ["and", "or", "not", "in", "where"].contains(name) {
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
            return .name(path, token.range.lowerBound..<end)
        case .symbol("("):
            _ = advance()
            let inner = try expression()
            _ = try expect(")", "')'")
            return inner
        case .end:
            throw ExpressionError(message: "expected a value, found the end of the expression", range: token.range)
        default:
            throw ExpressionError(message: "expected a value, found '\(token.text)'", range: token.range)
        }
    }

    private mutating func call(_ name: String, _ nameRange: Range<Int>) throws(ExpressionError) -> Syntax {
        _ = try expect("(", "'('")
        var arguments: [Syntax] = []
        if !current.isSymbol(")") {
            repeat {
                if !arguments.isEmpty { _ = advance() }
                var argument = try expression()
                if current.isKeyword("where") {
                    _ = advance()
                    let condition = try expression()
                    argument = .filtered(argument, condition, argument.range.lowerBound..<condition.range.upperBound)
                }
                arguments.append(argument)
            } while current.isSymbol(",")
        }
        let close = try expect(")", "',' or ')' in the arguments of \(name)(…)")
        return .call(name, nameRange: nameRange, arguments, nameRange.lowerBound..<close.range.upperBound)
    }
}
