import A11yModel

/// A token of the rules expression language.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A number, ratio or percentage, with its unit if one follows.
        case quantity(Quantity)
        case string(String)
        case identifier(String)
        /// `( ) , . .. + - * / == != < <= > >=`.
        case symbol(String)
        case end
    }

    var kind: Kind
    /// Offsets in Unicode scalars from the start of the expression.
    var range: Range<Int>

    var text: String {
        switch kind {
        case .quantity(let q): return q.description
        case .string(let s): return "\"\(s)\""
        case .identifier(let name): return name
        case .symbol(let s): return s
        case .end: return "end of expression"
        }
    }

    func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(symbol) = kind { return true }
        return false
    }

    func isKeyword(_ word: String) -> Bool {
        if case .identifier(word) = kind { return true }
        return false
    }
}

/// An error in an expression, at an offset inside it.
struct ExpressionError: Error, Sendable, Hashable {
    var message: String
    var range: Range<Int>
    var suggestion: String?
    var id = "expression.syntax"
}
