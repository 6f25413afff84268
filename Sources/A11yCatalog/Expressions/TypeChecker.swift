import A11yModel

/// Checks names, types and units of a parsed expression against a vocabulary and a standard's tables.
struct TypeChecker {
    /// What names mean where the expression is written.
    struct Scope {
        var vocabulary: Vocabulary
        /// The part kind bare names refer to; nil in a subject rule, where bare names are facts.
        var part: PartKind?
        var tables: [String: Table]
    }

    let scope: Scope

    func check(_ syntax: Syntax) throws(ExpressionError) -> Expression {
        try check(syntax, part: scope.part)
    }

    private func check(_ syntax: Syntax, part: PartKind?) throws(ExpressionError) -> Expression {
        switch syntax {
        case .quantity(let q, let range):
            return Expression(.literal(.quantity(q)), type: .quantity(q.dimension), range: range)
        case .string(let s, let range):
            return Expression(.literal(.text(s)), type: .text(values: nil), range: range)
        case .boolean(let b, let range):
            return Expression(.literal(.bool(b)), type: .bool, range: range)
        case .name(let path, let range):
            return try name(path, range: range, part: part)
        case .unary(let op, let operand, let range):
            let inner = try check(operand, part: part)
            if op == "not" {
                try expect(inner, .bool, "'not' needs a bool")
                return Expression(.not(inner), type: .bool, range: range)
            }
            guard case .quantity = inner.type else {
                throw ExpressionError(message: "'-' needs a number or quantity, not \(phrase(inner.type))", range: inner.range, id: "expression.type")
            }
            return Expression(.negate(inner), type: inner.type, range: range)
        case .binary(let op, let lhs, let rhs, let range):
            let left = try check(lhs, part: part)
            let right: Expression
            do {
                right = try check(rhs, part: part)
            } catch {
                throw unquotedEnumValue(rhs, comparedWith: left, op: op) ?? error
            }
            return try binary(op, left, right, range: range)
        case .inRange(let value, let lower, let upper, let range):
            let v = try check(value, part: part)
            let lo = try check(lower, part: part)
            let hi = try check(upper, part: part)
            guard case .quantity(let d) = v.type else {
                throw ExpressionError(message: "'in' needs a number or quantity on its left, not \(phrase(v.type))", range: v.range, id: "expression.type")
            }
            for end in [lo, hi] {
                guard end.type == .quantity(d) else {
                    throw ExpressionError(
                        message: "the range end '\(render(end))' is \(phrase(end.type)), but the value is \(d.phrase)",
                        range: end.range, id: "expression.unit")
                }
            }
            if case .literal(.quantity(let a)) = lo.kind, case .literal(.quantity(let b)) = hi.kind, a.value > b.value {
                // `slope in 1:12..1:20` reads naturally but 1:12 is the steeper (larger) end: nothing is in it.
                throw ExpressionError(
                    message: "the range \(render(lo))..\(render(hi)) is reversed: its first end is the larger, so no value is in it",
                    range: lo.range.lowerBound..<hi.range.upperBound,
                    suggestion: "\(render(hi))..\(render(lo))", id: "expression.reversed-range")
            }
            return Expression(.inRange(v, lower: lo, upper: hi), type: .bool, range: range)
        case .call(let name, let nameRange, let arguments, let range):
            return try call(name, nameRange: nameRange, arguments, range: range, part: part)
        case .filtered(_, _, let range):
            throw ExpressionError(message: "'where' filters a part list inside count, all, any, min or max", range: range)
        }
    }

    // MARK: Names

    private func name(_ path: [String], range: Range<Int>, part: PartKind?) throws(ExpressionError) -> Expression {
        let vocabulary = scope.vocabulary
        if path.count == 2, path[0] == "subject" {
            guard let fact = vocabulary.fact(path[1]) else {
                throw ExpressionError(
                    message: "unknown fact 'subject.\(path[1])' in vocabulary '\(vocabulary.id)'", range: range,
                    suggestion: Suggestion.closest(to: path[1], in: vocabulary.facts.map(\.name)).map { "subject.\($0)" },
                    id: "expression.unknown-name")
            }
            return Expression(.fact(fact.name), type: ExpressionType(fact.type), range: range)
        }
        if path.count == 2, path[0] == "parts" {
            guard vocabulary.part(path[1]) != nil else {
                throw ExpressionError(
                    message: "unknown part kind 'parts.\(path[1])' in vocabulary '\(vocabulary.id)'", range: range,
                    suggestion: Suggestion.closest(to: path[1], in: vocabulary.parts.map(\.name)).map { "parts.\($0)" },
                    id: "expression.unknown-name")
            }
            return Expression(.parts(path[1]), type: .parts(path[1]), range: range)
        }
        guard path.count == 1 else {
            throw ExpressionError(
                message: "unknown name '\(path.joined(separator: "."))'; dotted names are subject.FACT or parts.KIND",
                range: range, id: "expression.unknown-name")
        }
        let name = path[0]
        if let part {
            if let attribute = part.attribute(name) {
                return Expression(.attribute(name), type: ExpressionType(attribute.type), range: range)
            }
            var message = "unknown attribute '\(name)' of part '\(part.name)'"
            if vocabulary.fact(name) != nil { message += "; for the subject's fact write 'subject.\(name)'" }
            if name.contains("-") { message += "; to subtract, put spaces around '-'" }
            throw ExpressionError(
                message: message, range: range,
                suggestion: Suggestion.closest(to: name, in: part.attributes.map(\.name)), id: "expression.unknown-name")
        }
        if let fact = vocabulary.fact(name) {
            return Expression(.fact(fact.name), type: ExpressionType(fact.type), range: range)
        }
        var message = "unknown fact '\(name)' in vocabulary '\(vocabulary.id)'"
        if name.contains("-") { message += "; to subtract, put spaces around '-'" }
        throw ExpressionError(
            message: message, range: range,
            suggestion: Suggestion.closest(to: name, in: vocabulary.facts.map(\.name)), id: "expression.unknown-name")
    }

    // MARK: Operators

    private func binary(_ op: String, _ left: Expression, _ right: Expression, range: Range<Int>) throws(ExpressionError) -> Expression {
        switch op {
        case "and", "or":
            try expect(left, .bool, "'\(op)' needs bools on both sides")
            try expect(right, .bool, "'\(op)' needs bools on both sides")
            return Expression(.logical(op == "and" ? .and : .or, left, right), type: .bool, range: range)
        case "+", "-", "*", "/":
            guard case .quantity(let a) = left.type else {
                throw ExpressionError(message: "'\(op)' needs numbers or quantities, not \(phrase(left.type)) '\(render(left))'", range: left.range, id: "expression.type")
            }
            guard case .quantity(let b) = right.type else {
                throw ExpressionError(message: "'\(op)' needs numbers or quantities, not \(phrase(right.type)) '\(render(right))'", range: right.range, id: "expression.type")
            }
            if op == "/", case .literal(.quantity(let divisor)) = right.kind, divisor.value == 0 {
                throw ExpressionError(message: "division by zero: the divisor '\(render(right))' is 0", range: right.range, id: "expression.division-by-zero")
            }
            let result: Dimension?
            switch op {
            case "+", "-": result = a == b ? a : nil
            case "*": result = a.times(b)
            default: result = a.divided(by: b)
            }
            guard let result else {
                throw ExpressionError(
                    message: "cannot \(op == "+" ? "add" : op == "-" ? "subtract" : op == "*" ? "multiply" : "divide") \(a.phrase) and \(b.phrase) ('\(render(left))' \(op) '\(render(right))')",
                    range: right.range, id: "expression.unit")
            }
            let operation: ArithmeticOperator = op == "+" ? .add : op == "-" ? .subtract : op == "*" ? .multiply : .divide
            return Expression(.arithmetic(operation, left, right), type: .quantity(result), range: range)
        default:
            guard let comparison = ComparisonOperator(rawValue: op) else {
                throw ExpressionError(message: "unknown operator '\(op)'", range: range)
            }
            return try compare(comparison, left, right, range: range)
        }
    }

    private func compare(_ op: ComparisonOperator, _ left: Expression, _ right: Expression, range: Range<Int>) throws(ExpressionError) -> Expression {
        // Built only on failure: rendering quotes the source, and a check may hold thousands of comparisons.
        func mismatch() -> ExpressionError {
            ExpressionError(
                message: "cannot compare '\(render(left))' (\(phrase(left.type))) with '\(render(right))' (\(phrase(right.type)))",
                range: right.range, id: "expression.unit")
        }
        switch (left.type, right.type) {
        case (.quantity(let a), .quantity(let b)):
            guard a == b else { throw mismatch() }
        case (.bool, .bool), (.date, .date):
            if left.type == .bool, op.isOrdering {
                throw ExpressionError(message: "bools are not ordered; use '==' or '!='", range: range, id: "expression.type")
            }
        case (.text(let a), .text(let b)):
            if op.isOrdering {
                throw ExpressionError(message: "text is not ordered; use '==' or '!='", range: range, id: "expression.type")
            }
            try checkEnumLiteral(values: a, literal: right)
            try checkEnumLiteral(values: b, literal: left)
        default:
            throw mismatch()
        }
        return Expression(.comparison(op, left, right), type: .bool, range: range)
    }

    /// `door_kind == automatic`: a bare word compared with an enum is one of its values written without
    /// quotes (names and values share a spelling, so quotes tell them apart).
    private func unquotedEnumValue(_ syntax: Syntax, comparedWith left: Expression, op: String) -> ExpressionError? {
        guard op == "==" || op == "!=", case .text(let values?) = left.type, case .name(let path, let range) = syntax,
              path.count == 1 else { return nil }
        let word = path[0]
        let value = values.contains(word) ? word : Suggestion.closest(to: word, in: values)
        guard let value else { return nil }
        return ExpressionError(
            message: "'\(word)' is read as a name, not as a value of the enum (\(values.joined(separator: ", "))): quote it",
            range: range, suggestion: "\"\(value)\"", id: "expression.unquoted-enum-value")
    }

    /// An enum compared with a string literal: the literal must be one of its values.
    private func checkEnumLiteral(values: [String]?, literal: Expression) throws(ExpressionError) {
        guard let values, case .literal(.text(let text)) = literal.kind, !values.contains(text) else { return }
        throw ExpressionError(
            message: "\"\(text)\" is not a value of this enum (\(values.joined(separator: ", ")))",
            range: literal.range, suggestion: Suggestion.closest(to: text, in: values).map { "\"\($0)\"" },
            id: "expression.unknown-enum-value")
    }

    // MARK: Calls

    private func call(_ name: String, nameRange: Range<Int>, _ arguments: [Syntax], range: Range<Int>, part: PartKind?) throws(ExpressionError) -> Expression {
        switch name {
        case "count", "all", "any":
            return try aggregate(Aggregate(rawValue: name)!, arguments, range: range, part: part)
        case "min", "max":
            if let first = arguments.first, isPartList(first) {
                return try aggregate(Aggregate(rawValue: name)!, arguments, range: range, part: part)
            }
            guard arguments.count >= 2 else {
                throw ExpressionError(
                    message: "\(name) takes a part list and an expression (\(name)(parts.door, clear_width)) or two or more values",
                    range: range, id: "expression.arity")
            }
            let checked = try arguments.map { (argument) throws(ExpressionError) in try check(argument, part: part) }
            guard case .quantity(let d) = checked[0].type else {
                throw ExpressionError(message: "\(name) needs numbers or quantities, not \(phrase(checked[0].type))", range: checked[0].range, id: "expression.type")
            }
            for argument in checked.dropFirst() where argument.type != .quantity(d) {
                throw ExpressionError(
                    message: "\(name) needs arguments of one dimension: '\(render(argument))' is \(phrase(argument.type)), the first is \(d.phrase)",
                    range: argument.range, id: "expression.unit")
            }
            return Expression(.function(name == "min" ? .min : .max, checked), type: .quantity(d), range: range)
        case "ceil", "floor":
            guard arguments.count == 1 else {
                throw ExpressionError(message: "\(name) takes one argument", range: range, id: "expression.arity")
            }
            let argument = try check(arguments[0], part: part)
            guard argument.type == .quantity(.dimensionless) else {
                throw ExpressionError(message: "\(name) needs a plain number, not \(phrase(argument.type))", range: argument.range, id: "expression.unit")
            }
            return Expression(.function(name == "ceil" ? .ceil : .floor, [argument]), type: argument.type, range: range)
        case "present":
            guard arguments.count == 1, case .name(let path, _) = arguments[0], path.first != "parts" else {
                throw ExpressionError(message: "present takes one attribute or subject.FACT name", range: range, id: "expression.arity")
            }
            let argument = try check(arguments[0], part: part)
            return Expression(.present(argument), type: .bool, range: range)
        default:
            guard let table = scope.tables[name] else {
                let functions = ["count", "all", "any", "min", "max", "ceil", "floor", "present"]
                let tables = scope.tables.keys.sorted()
                let known = functions + tables
                let listing = "functions are \(functions.joined(separator: ", ")); "
                    + (tables.isEmpty ? "this standard defines no tables" : "tables of this standard are \(tables.joined(separator: ", "))")
                throw ExpressionError(
                    message: "unknown function or table '\(name)'; \(listing)", range: nameRange,
                    suggestion: Suggestion.closest(to: name, in: known), id: "expression.unknown-function")
            }
            guard arguments.count == 1 else {
                throw ExpressionError(message: "table '\(name)' takes one argument", range: range, id: "expression.arity")
            }
            let argument = try check(arguments[0], part: part)
            let input = ExpressionType(table.input)
            guard argument.type == input else {
                throw ExpressionError(
                    message: "table '\(name)' takes \(phrase(input)), not \(phrase(argument.type)) '\(render(argument))'",
                    range: argument.range, id: "expression.unit")
            }
            return Expression(.table(name, argument), type: ExpressionType(table.output), range: range)
        }
    }

    private func isPartList(_ syntax: Syntax) -> Bool {
        switch syntax {
        case .name(let path, _): return path.first == "parts"
        case .filtered(let list, _, _): return isPartList(list)
        default: return false
        }
    }

    private func aggregate(_ aggregate: Aggregate, _ arguments: [Syntax], range: Range<Int>, part: PartKind?) throws(ExpressionError) -> Expression {
        let usage: String
        switch aggregate {
        case .count: usage = "count(parts.KIND) or count(parts.KIND where CONDITION)"
        case .all, .any: usage = "\(aggregate.rawValue)(parts.KIND, CONDITION)"
        case .min, .max: usage = "\(aggregate.rawValue)(parts.KIND, EXPRESSION)"
        }
        let expectedCount = aggregate == .count ? 1 : 2
        guard arguments.count == expectedCount else {
            throw ExpressionError(message: "\(aggregate.rawValue) takes \(usage)", range: range, id: "expression.arity")
        }
        var listSyntax = arguments[0]
        var filterSyntax: Syntax?
        if case .filtered(let list, let condition, _) = listSyntax {
            listSyntax = list
            filterSyntax = condition
        }
        let list = try check(listSyntax, part: part)
        guard case .parts(let kindName) = list.type, let kind = scope.vocabulary.part(kindName) else {
            throw ExpressionError(message: "\(aggregate.rawValue) takes \(usage); '\(render(list))' is not a part list", range: list.range, id: "expression.type")
        }
        var filter: Expression?
        if let filterSyntax {
            let checked = try check(filterSyntax, part: kind)
            try expect(checked, .bool, "a 'where' condition must be a bool")
            filter = checked
        }
        var body: Expression?
        var type: ExpressionType = .quantity(.dimensionless)
        if expectedCount == 2 {
            let checked = try check(arguments[1], part: kind)
            switch aggregate {
            case .all, .any:
                try expect(checked, .bool, "the condition of \(aggregate.rawValue) must be a bool")
                type = .bool
            default:
                guard case .quantity = checked.type else {
                    throw ExpressionError(message: "\(aggregate.rawValue) needs a number or quantity, not \(phrase(checked.type))", range: checked.range, id: "expression.type")
                }
                type = checked.type
            }
            body = checked
        }
        return Expression(.aggregate(aggregate, kind: kindName, filter: filter, body: body), type: type, range: range)
    }

    // MARK: Helpers

    private func expect(_ expression: Expression, _ type: ExpressionType, _ message: @autoclosure () -> String) throws(ExpressionError) {
        guard expression.type == type else {
            throw ExpressionError(message: "\(message()); '\(render(expression))' is \(phrase(expression.type))", range: expression.range, id: "expression.type")
        }
    }

    private func phrase(_ type: ExpressionType) -> String {
        switch type {
        case .bool: return "a bool"
        case .quantity(let d): return d.phrase
        case .text(let values): return values == nil ? "text" : "an enum"
        case .date: return "a date"
        case .parts(let kind): return "a list of \(kind)"
        }
    }

    /// The source text of a node, for messages (set by the caller through ``source``).
    private func render(_ expression: Expression) -> String {
        let range = expression.range.clamped(to: 0..<sourceScalars.count)
        return String(String.UnicodeScalarView(sourceScalars[range]))
    }

    var source = "" {
        didSet { sourceScalars = Array(source.unicodeScalars) }
    }
    /// ``source`` split once, so that quoting a node does not re-scan the text.
    var sourceScalars: [Unicode.Scalar] = []
}
