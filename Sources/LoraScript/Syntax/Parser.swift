import LoraFormats

/// Builds statements from tokens (recursive descent).
///
/// The grammar is in Docs/Language.md. Two contexts matter: in a command's arguments a bare
/// word stays a word (a path, a name, a LoRA spec) and a `-` or `+` glued to what follows but
/// spaced from what precedes starts a new argument (`echo 1 -2` has two arguments); in an
/// expression (`let`, `for … in`, `(…)`, `{…}` in strings) the same rules apply, but the
/// whole statement remainder is one expression.
public struct Parser {
    private var tokens: [Token]
    private var position = 0
    /// Open parentheses, lists, unary signs, blocks and `{…}` fragments around the current token.
    private var depth: Int
    /// Open parentheses around the current token (line ends inside them do not end a statement).
    private var parenDepth = 0

    /// How deep expressions and blocks may nest. Parsing and evaluating recurse once per level,
    /// so without a limit a generated script with thousands of `(` overflows the stack.
    public static let maximumDepth = 256

    public init(tokens: [Token]) { self.init(tokens: tokens, depth: 0) }

    private init(tokens: [Token], depth: Int) {
        self.tokens = tokens
        self.depth = depth
    }

    /// Operators chained around the current token (`1+1+…`): each makes the tree one level
    /// deeper, but reads flat, so it has its own, larger limit.
    private var chainLength = 0

    /// How many operators one expression may chain.
    public static let maximumChain = 1024

    /// Adds one operator to the current chain; throws past `maximumChain`. Pair with `chainLength -= 1`.
    private mutating func extendChain(at token: Token) throws {
        chainLength += 1
        if chainLength > Self.maximumChain {
            throw ParseError(
                Diagnostic(
                    "this expression chains more than \(Self.maximumChain) operators; compute it in steps with let",
                    at: token.location))
        }
    }

    /// Enters one level of nesting at `token`; throws past `maximumDepth`. Pair with `depth -= 1`.
    private mutating func enterNesting(at token: Token) throws {
        depth += 1
        if depth > Self.maximumDepth {
            throw ParseError(
                Diagnostic(
                    "expressions and blocks nest more than \(Self.maximumDepth) deep here; split the expression with let or the loop into a script you source",
                    at: token.location))
        }
    }

    /// Parses a whole source text; never throws, the outcome says what happened.
    public static func parse(_ source: SourceText) -> ParseOutcome {
        do {
            var lexer = Lexer(source)
            var parser = Parser(tokens: try lexer.tokenize())
            return .complete(try parser.parseProgram())
        } catch let error as Lexer.LexError {
            return error.isIncomplete ? .incomplete(error.diagnostic) : .failure(error.diagnostic)
        } catch let error as ParseError {
            return error.isIncomplete ? .incomplete(error.diagnostic) : .failure(error.diagnostic)
        } catch {
            return .failure(Diagnostic("\(error)", at: nil))
        }
    }

    /// Parses one expression from a fragment (the inside of `{…}` in a string).
    static func parseFragment(_ text: String, at location: SourceLocation, depth: Int = 0) throws -> Expression {
        var lexer = Lexer(fragment: text, at: location)
        let tokens: [Token]
        do { tokens = try lexer.tokenize() } catch { throw ParseError(error.diagnostic) }
        var parser = Parser(tokens: tokens, depth: depth)
        // The fragment ends at its '}', not the input: a missing value there is an error now.
        let expression: Expression
        do { expression = try parser.parseExpression(argument: false) } catch let error as ParseError {
            throw ParseError(error.diagnostic)
        }
        if parser.current.kind != .end {
            throw ParseError(
                Diagnostic("unexpected \(parser.current.describe) in '{\(text)}'", at: parser.current.location))
        }
        return expression
    }

    // MARK: Statements

    public mutating func parseProgram() throws -> [Statement] {
        var statements: [Statement] = []
        while true {
            skipSeparators()
            if current.kind == .end { return statements }
            if current.kind == .rightBrace {
                throw ParseError(Diagnostic("unexpected '}' with no open block", at: current.location))
            }
            statements.append(try parseStatement())
        }
    }

    private mutating func parseStatement() throws -> Statement {
        let token = current
        guard case .word(let word) = token.kind else {
            throw ParseError(Diagnostic("expected a command, found \(token.describe)", at: token.location))
        }
        if word == "for" { return try parseFor() }
        if word == "let" || word == "set" { return try parseBinding(isSet: word == "set") }
        if Self.isIdentifier(word), peek(1).kind == .assign {
            advance()
            advance()
            if case .word(let verb) = current.kind, Self.isIdentifier(verb), verb != "true", verb != "false" {
                let call = try parseCommandCall()
                return .assignment(name: word, nameLocation: token.location, call: call)
            }
            let value = try parseExpression(argument: false)
            try expectStatementEnd()
            return .binding(name: word, nameLocation: token.location, value: value, isSet: false)
        }
        return .command(try parseCommandCall())
    }

    private mutating func parseCommandCall() throws -> CommandCall {
        let verbToken = current
        guard case .word(let verb) = verbToken.kind else {
            throw ParseError(Diagnostic("expected a command, found \(verbToken.describe)", at: verbToken.location))
        }
        advance()
        var arguments: [Argument] = []
        while !isStatementEnd {
            arguments.append(try parseArgument())
        }
        return CommandCall(
            verb: verb, verbLocation: verbToken.location, arguments: arguments, endLocation: current.location)
    }

    private mutating func parseArgument() throws -> Argument {
        let token = current
        if case .word(let text) = token.kind, let (name, rest) = Self.splitOption(text) {
            advance()
            let valueLocation = SourceLocation(
                file: token.location.file, line: token.location.line, column: token.location.column + name.count + 1)
            if rest.isEmpty {
                guard !isStatementEnd, !current.spaceBefore else {
                    throw ParseError(Diagnostic("option '\(name)=' needs a value", at: valueLocation))
                }
            } else {
                try spliceGluedRest(rest, at: valueLocation)
            }
            // The value is parsed from the token stream, so what is glued to it (`x=seed:[1, 2]`,
            // `out=a$b`) and a following `step` belong to it.
            let value = try parseExpression(argument: true)
            return .option(name: name, nameLocation: token.location, value: value)
        }
        return .positional(try parseExpression(argument: true))
    }

    /// Puts the tokens of `rest`, the text glued after `name=` in one word (`seed:` of
    /// `y=seed:[1, 2]`, `0.5` of `w=0.5`), in the stream where the current token is, so the
    /// value is parsed with what follows it: a list glued to a label, a glued `$name`, `step`.
    private mutating func spliceGluedRest(_ rest: String, at location: SourceLocation) throws {
        var lexer = Lexer(fragment: rest, at: location)
        var inner: [Token]
        do { inner = try lexer.tokenize() } catch { throw ParseError(error.diagnostic) }
        inner.removeLast()  // .end
        guard !inner.isEmpty else { return }
        inner[0].spaceBefore = false  // glued to `name=`
        tokens.replaceSubrange(position..<position, with: inner)
    }

    private mutating func parseBinding(isSet: Bool) throws -> Statement {
        advance()
        let nameToken = current
        guard case .word(var name) = nameToken.kind else {
            throw ParseError(
                Diagnostic(
                    "expected a name after '\(isSet ? "set" : "let")', found \(nameToken.describe)",
                    at: nameToken.location),
                isIncomplete: nameToken.kind == .end)
        }
        var value: Expression
        if let (optionName, rest) = Self.splitOption(name) {  // let x=2
            name = optionName
            advance()
            let location = SourceLocation(
                file: nameToken.location.file, line: nameToken.location.line,
                column: nameToken.location.column + name.count + 1)
            if !rest.isEmpty { try spliceGluedRest(rest, at: location) }
            value = try parseExpression(argument: false)
        } else {
            guard Self.isIdentifier(name) else {
                throw ParseError(
                    Diagnostic("'\(name)' is not a valid name (letters, digits and _)", at: nameToken.location))
            }
            advance()
            guard current.kind == .assign else {
                throw ParseError(
                    Diagnostic("expected '=' after '\(isSet ? "set" : "let") \(name)'", at: current.location))
            }
            advance()
            value = try parseExpression(argument: false)
        }
        try expectStatementEnd()
        return .binding(name: name, nameLocation: nameToken.location, value: value, isSet: isSet)
    }

    private mutating func parseFor() throws -> Statement {
        advance()
        let nameToken = current
        guard case .word(let name) = nameToken.kind, Self.isIdentifier(name) else {
            if nameToken.kind == .end {
                throw ParseError(Diagnostic("incomplete for", at: nameToken.location), isIncomplete: true)
            }
            throw ParseError(Diagnostic("expected a loop variable name after 'for'", at: nameToken.location))
        }
        advance()
        guard case .word("in") = current.kind else {
            if current.kind == .end {
                throw ParseError(Diagnostic("incomplete for", at: current.location), isIncomplete: true)
            }
            throw ParseError(Diagnostic("expected 'in' after 'for \(name)'", at: current.location))
        }
        advance()
        let sequence = try parseExpression(argument: false)
        let body = try parseBlock()
        return .forLoop(variable: name, variableLocation: nameToken.location, sequence: sequence, body: body)
    }

    private mutating func parseBlock() throws -> [Statement] {
        guard current.kind == .leftBrace else {
            if current.kind == .end {
                throw ParseError(Diagnostic("expected '{'", at: current.location), isIncomplete: true)
            }
            throw ParseError(
                Diagnostic("expected '{' to start the loop body, found \(current.describe)", at: current.location))
        }
        let open = current.location
        try enterNesting(at: current)
        defer { depth -= 1 }
        advance()
        var statements: [Statement] = []
        while true {
            skipSeparators()
            if current.kind == .rightBrace {
                advance()
                return statements
            }
            if current.kind == .end {
                throw ParseError(Diagnostic("'{' is never closed", at: open), isIncomplete: true)
            }
            statements.append(try parseStatement())
        }
    }

    // MARK: Expressions

    /// Parses a full expression: arithmetic, then an optional `..` range with `step`.
    mutating func parseExpression(argument: Bool) throws -> Expression {
        let first = try parseBinary(minimumPrecedence: 0, argument: argument)
        return try continueRange(first, argument: argument)
    }

    private mutating func continueRange(_ first: Expression, argument: Bool) throws -> Expression {
        if current.kind == .dotDot {
            advance()
            let end = try parseBinary(minimumPrecedence: 0, argument: argument)
            let step = try parseStep(argument: argument)
            return .range(start: first, end: end, step: step, first.location)
        }
        if case .labeledRange(let label, let start, let end, nil, let location) = first,
            let step = try parseStep(argument: argument)
        {
            return .labeledRange(label: label, start: start, end: end, step: step, location)
        }
        if case .range(let start, let end, nil, let location) = first, let step = try parseStep(argument: argument) {
            return .range(start: start, end: end, step: step, location)
        }
        return first
    }

    private mutating func parseStep(argument: Bool) throws -> Expression? {
        guard case .word("step") = current.kind else { return nil }
        advance()
        return try parseBinary(minimumPrecedence: 0, argument: argument)
    }

    static let precedence: [String: Int] = [
        "==": 1, "!=": 1, "<": 1, "<=": 1, ">": 1, ">=": 1, "+": 2, "-": 2, "*": 3, "/": 3, "%": 3,
    ]

    private mutating func parseBinary(minimumPrecedence: Int, argument: Bool) throws -> Expression {
        var lhs = try parseUnary(argument: argument)
        // Each operator of a chain (`1+1+1…`) nests the tree one level deeper.
        var levels = 0
        defer { chainLength -= levels }
        while case .op(let op) = current.kind, let precedence = Self.precedence[op], precedence >= minimumPrecedence {
            // In arguments, ` -2` (spaced before, glued after) starts a new argument.
            if argument && current.spaceBefore && !peek(1).spaceBefore && (op == "-" || op == "+") { break }
            try extendChain(at: current)
            levels += 1
            advance()
            // Inside `( … )` a line may end after an operator: the expression goes on.
            if parenDepth > 0 { skipSeparators() }
            if isStatementEnd {
                throw ParseError(
                    Diagnostic("expected a value after '\(op)'", at: current.location),
                    isIncomplete: current.kind == .end)
            }
            let rhs = try parseBinary(minimumPrecedence: precedence + 1, argument: argument)
            lhs = .binary(op, lhs, rhs, lhs.location)
        }
        return lhs
    }

    private mutating func parseUnary(argument: Bool) throws -> Expression {
        try enterNesting(at: current)
        defer { depth -= 1 }
        if case .op(let op) = current.kind, op == "-" || op == "+" {
            let location = current.location
            advance()
            return .unary(op, try parseUnary(argument: argument), location)
        }
        return try parseGlued()
    }

    /// A primary, plus any primaries glued to it with no space (`$dir/a.safetensors`).
    private mutating func parseGlued() throws -> Expression {
        let first = try parsePrimary()
        var pieces = [first]
        while !current.spaceBefore, isGluable(current.kind) {
            pieces.append(try parsePrimary())
        }
        return pieces.count == 1 ? first : .concatenation(pieces, first.location)
    }

    private func isGluable(_ kind: Token.Kind) -> Bool {
        switch kind {
        case .word, .string, .variable, .number: return true
        default: return false
        }
    }

    private mutating func parsePrimary() throws -> Expression {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            return .number(value, token.location)
        case .word(let text):
            advance()
            if let labeled = Self.labeledRange(text, at: token.location) { return labeled }
            // `label:[a, b]`: a label glued to a list.
            if text.count > 1, text.hasSuffix(":"), current.kind == .leftBracket,
                current.location.line == token.location.line,
                current.location.column == token.location.column + text.count,
                case .list(let elements, _) = try parsePrimary()
            {
                return .labeledList(label: String(text.dropLast()), elements: elements, token.location)
            }
            return .word(text, token.location)
        case .variable(let name):
            advance()
            return .variable(name, token.location)
        case .string(let parts):
            advance()
            var parsed: [InterpolatedPart] = []
            for part in parts {
                switch part {
                case .text(let text): parsed.append(.text(text))
                case .interpolation(let source, let location):
                    if source.allSatisfy({ $0 == " " || $0 == "\t" }) {
                        throw ParseError(Diagnostic("empty '{}' in string (write \\{ for a brace)", at: location))
                    }
                    parsed.append(.expression(try Self.parseFragment(source, at: location, depth: depth + 1)))
                }
            }
            return .string(parsed, token.location)
        case .leftBracket:
            advance()
            var elements: [Expression] = []
            while true {
                skipSeparators()
                if current.kind == .rightBracket {
                    advance()
                    return .list(elements, token.location)
                }
                if current.kind == .end {
                    throw ParseError(Diagnostic("'[' is never closed", at: token.location), isIncomplete: true)
                }
                elements.append(try parseExpression(argument: false))
                skipSeparators()
                if current.kind == .comma {
                    advance()
                } else if current.kind != .rightBracket && current.kind != .end {
                    throw ParseError(
                        Diagnostic("expected ',' or ']' in list, found \(current.describe)", at: current.location))
                }
            }
        case .leftParen:
            advance()
            parenDepth += 1
            defer { parenDepth -= 1 }
            skipSeparators()
            let inner = try parseExpression(argument: false)
            skipSeparators()
            if current.kind == .end {
                throw ParseError(Diagnostic("'(' is never closed", at: token.location), isIncomplete: true)
            }
            guard current.kind == .rightParen else {
                throw ParseError(Diagnostic("expected ')', found \(current.describe)", at: current.location))
            }
            advance()
            return inner
        case .end:
            throw ParseError(Diagnostic("expected a value", at: token.location), isIncomplete: true)
        case .comma:
            throw ParseError(Diagnostic("unexpected ',': \(commaHint(token))", at: token.location))
        default:
            throw ParseError(Diagnostic("expected a value, found \(token.describe)", at: token.location))
        }
    }

    // MARK: Helpers

    private var current: Token { tokens[position] }
    private func peek(_ offset: Int) -> Token { tokens[min(position + offset, tokens.count - 1)] }
    private mutating func advance() { if position < tokens.count - 1 { position += 1 } }
    private mutating func skipSeparators() { while current.kind == .separator { advance() } }

    private var isStatementEnd: Bool {
        switch current.kind {
        case .separator, .rightBrace, .end: return true
        default: return false
        }
    }

    private mutating func expectStatementEnd() throws {
        guard isStatementEnd else {
            if current.kind == .comma {
                throw ParseError(Diagnostic("unexpected ',': \(commaHint(current))", at: current.location))
            }
            throw ParseError(Diagnostic("unexpected \(current.describe) after the value", at: current.location))
        }
    }

    /// What a stray comma usually means: `rings:1,5` or `weight s a 1,5` (a decimal comma),
    /// `x = a:0,0.5,1` (a list without its brackets).
    private func commaHint(_ comma: Token) -> String {
        let index = tokens.firstIndex { $0.location == comma.location } ?? position
        let previous = index > 0 ? tokens[index - 1] : comma
        let afterDigit: Bool
        switch previous.kind {
        case .number: afterDigit = true
        case .word(let text): afterDigit = text.last?.isNumber ?? false
        default: afterDigit = false
        }
        return afterDigit && !comma.spaceBefore
            ? "a decimal is written with a dot (1.5, not 1,5), and a list of values in brackets ([0, 0.5, 1])"
            : "a list of values is written in brackets ([0, 0.5, 1])"
    }

    /// Whether `text` is a plain name: a letter or `_`, then letters, digits and `_`.
    public static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    /// `name=rest` when the word starts with an identifier and `=` (and is not `a:b=c`).
    static func splitOption(_ text: String) -> (String, String)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let name = String(text[..<equals])
        guard isIdentifier(name) else { return nil }
        return (name, String(text[text.index(after: equals)...]))
    }

    /// `label:a..b` written as one word.
    static func labeledRange(_ text: String, at location: SourceLocation) -> Expression? {
        guard let dots = text.range(of: ".."), let colon = text[..<dots.lowerBound].lastIndex(of: ":") else {
            return nil
        }
        let label = String(text[..<colon])
        let startText = String(text[text.index(after: colon)..<dots.lowerBound])
        let endText = String(text[dots.upperBound...])
        guard !label.isEmpty, let start = Double(startText), let end = Double(endText) else { return nil }
        let startColumn = location.column + label.count + 1
        var startLocation = location
        startLocation.column = startColumn
        var endLocation = location
        endLocation.column = startColumn + startText.count + 2
        return .labeledRange(
            label: label, start: .number(start, startLocation), end: .number(end, endLocation), step: nil, location)
    }
}

extension Token {
    /// How the token reads in an error message.
    var describe: String {
        switch kind {
        case .number(let v): return "number \(NumberFormatting.shortest(v))"
        case .word(let w): return "'\(w)'"
        case .string: return "a string"
        case .variable(let v): return "'$\(v)'"
        case .op(let o): return "'\(o)'"
        case .dotDot: return "'..'"
        case .assign: return "'='"
        case .leftBrace: return "'{'"
        case .rightBrace: return "'}'"
        case .leftBracket: return "'['"
        case .rightBracket: return "']'"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .comma: return "','"
        case .separator: return "end of statement"
        case .end: return "end of input"
        }
    }
}
