/// Turns source text into tokens.
///
/// Words are deliberately broad so that paths (`models/a.safetensors`), LoRA specs
/// (`hero:te=0.5:unet=0.8`) and options (`method=svd`) need no quotes; a word ends at
/// whitespace or one of `; { } [ ] ( ) , " '`. Numbers, `$variables`, operators and `..` are
/// recognised at the start of a token. A `#` at the start of a token comments out the rest of
/// the line; a `\` before a newline joins the lines.
public struct Lexer {
    private let characters: [Character]
    private let fileName: String
    private var index = 0
    private var line: Int
    private var column = 1
    private var sawSpace = true

    /// Why the text could not be tokenised; `isIncomplete` means more input would fix it.
    public struct LexError: Error, Sendable {
        public var diagnostic: Diagnostic
        public var isIncomplete: Bool
    }

    public init(_ source: SourceText) {
        characters = Array(source.text)
        fileName = source.name
        line = source.firstLine
    }

    /// Creates a lexer over a fragment (an interpolation) that starts at `location`.
    init(fragment: String, at location: SourceLocation) {
        characters = Array(fragment)
        fileName = location.file
        line = location.line
        column = location.column
    }

    /// All tokens of the text, ending with `.end`.
    public mutating func tokenize() throws(LexError) -> [Token] {
        var tokens: [Token] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private var location: SourceLocation { SourceLocation(file: fileName, line: line, column: column) }
    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    private mutating func advance() -> Character {
        let c = characters[index]
        index += 1
        if c == "\n" || c == "\r\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        return c
    }

    static let delimiters: Set<Character> = [";", "{", "}", "[", "]", "(", ")", ",", "\"", "'", "$"]
    static let operatorStarts: Set<Character> = ["+", "-", "*", "/", "%", "<", ">", "=", "!"]

    /// Whether `c` can be part of a bare word (a path typed without quotes).
    public static func isWordCharacter(_ c: Character) -> Bool {
        !(c.isWhitespace || delimiters.contains(c))
    }

    private mutating func next() throws(LexError) -> Token {
        // Skip blanks, comments and line continuations.
        var commentStart: SourceLocation? = nil
        while let c = peek() {
            // Any blank, not only space and tab: a no-break space pasted from a web page, a
            // vertical tab or form feed (found by fuzzing: they made an empty word forever).
            if c == " " || c == "\t" || c == "\r" || (c.isWhitespace && c != "\n" && c != "\r\n") {
                _ = advance()
                sawSpace = true
            } else if c == "\\" && (peek(1) == "\n" || (peek(1) == "\r" && peek(2) == "\n")) {
                _ = advance()
                if peek() == "\r" { _ = advance() }
                _ = advance()
                sawSpace = true
            } else if c == "\\" && peek(1) == nil {
                throw LexError(
                    diagnostic: Diagnostic("line continuation at end of input", at: location), isIncomplete: true)
            } else if c == "#" && sawSpace {
                if commentStart == nil { commentStart = location }
                while let d = peek(), d != "\n", d != "\r\n" { _ = advance() }
            } else {
                break
            }
        }
        // A statement ends where its comment starts (a missing argument is shown there).
        let start = peek() == nil || peek() == "\n" || peek() == "\r\n" ? commentStart ?? location : location
        let space = sawSpace
        sawSpace = false
        func token(_ kind: Token.Kind) -> Token { Token(kind, at: start, spaceBefore: space) }

        guard let c = peek() else { return token(.end) }
        switch c {
        case "\n", "\r\n", ";":
            _ = advance()
            sawSpace = true
            return token(.separator)
        case "{": _ = advance(); sawSpace = true; return token(.leftBrace)
        case "}": _ = advance(); return token(.rightBrace)
        case "[": _ = advance(); sawSpace = true; return token(.leftBracket)
        case "]": _ = advance(); return token(.rightBracket)
        case "(": _ = advance(); sawSpace = true; return token(.leftParen)
        case ")": _ = advance(); return token(.rightParen)
        case ",": _ = advance(); sawSpace = true; return token(.comma)
        case "\"": return token(.string(try doubleQuoted()))
        case "'": return token(.string([.text(try singleQuoted())]))
        case "$": return token(try variable())
        default: break
        }
        if c.isNumber && c.isASCII || (c == "." && (peek(1)?.isNumber ?? false)) {
            return token(number())
        }
        if c == "." && peek(1) == "." {
            let after = peek(2)
            if after == nil || after!.isWhitespace || after!.isNumber || after == "$" || after == "(" || after == "-" {
                _ = advance()
                _ = advance()
                return token(.dotDot)
            }
        }
        if Self.operatorStarts.contains(c) {
            let nextChar = peek(1)
            switch c {
            case "=":
                if nextChar == "=" { _ = advance(); _ = advance(); return token(.op("==")) }
                _ = advance()
                sawSpace = true
                return token(.assign)
            case "!" where nextChar == "=":
                _ = advance(); _ = advance(); return token(.op("!="))
            case "<", ">":
                if c == "<" && (nextChar?.isLetter ?? false) { break }  // <lora:name:0.8>
                _ = advance()
                if peek() == "=" { _ = advance(); return token(.op(String(c) + "=")) }
                return token(.op(String(c)))
            case "/":
                if nextChar == nil || nextChar!.isWhitespace { _ = advance(); return token(.op("/")) }
            case "+", "-", "*", "%":
                _ = advance()
                return token(.op(String(c)))
            default: break
            }
        }
        let text = word()
        guard !text.isEmpty else {
            // Every character is a blank, a delimiter, an operator or part of a word; this stops
            // the lexer rather than loop should one ever be none of those.
            let here = location
            let scalar = peek()!.unicodeScalars.first!.value
            throw LexError(
                diagnostic: Diagnostic(
                    "unexpected character U+\(String(scalar, radix: 16, uppercase: true)); remove it", at: here),
                isIncomplete: false)
        }
        return token(.word(text))
    }

    private mutating func word() -> String {
        var text = ""
        while let c = peek(), Self.isWordCharacter(c) { text.append(advance()) }
        return text
    }

    private mutating func number() -> Token.Kind {
        let startIndex = index
        var text = ""
        while let c = peek(), c.isASCII && c.isNumber { text.append(advance()) }
        if peek() == ".", let d = peek(1), d.isASCII && d.isNumber {
            text.append(advance())
            while let c = peek(), c.isASCII && c.isNumber { text.append(advance()) }
        }
        if let e = peek(), e == "e" || e == "E" {
            var offset = 1
            if let s = peek(1), s == "+" || s == "-" { offset = 2 }
            if let d = peek(offset), d.isASCII && d.isNumber {
                for _ in 0..<offset { text.append(advance()) }
                while let c = peek(), c.isASCII && c.isNumber { text.append(advance()) }
            }
        }
        // A number glued to letters (`1girl`, `0.5x`, `2024/a.png`) is a word after all.
        if let c = peek(), continuesWordAfterNumber(c) {
            index = startIndex
            column -= text.count
            return .word(word())
        }
        return .number(Double(text)!)
    }

    private func continuesWordAfterNumber(_ c: Character) -> Bool {
        if c == "." { return peek(1) != "." }
        if c == "/" { return peek(1)?.isLetter ?? false }
        if c.isWhitespace || Self.delimiters.contains(c) || Self.operatorStarts.contains(c) { return false }
        return true
    }

    private mutating func variable() throws(LexError) -> Token.Kind {
        let start = location
        _ = advance()  // $
        var name = ""
        if let c = peek(), c.isNumber {
            while let d = peek(), d.isNumber { name.append(advance()) }
        } else {
            while let c = peek(), c.isLetter || c.isNumber || c == "_" { name.append(advance()) }
        }
        if name.isEmpty {
            throw LexError(
                diagnostic: Diagnostic("expected a name after '$'", at: start), isIncomplete: false)
        }
        return .variable(name)
    }

    private mutating func singleQuoted() throws(LexError) -> String {
        let start = location
        _ = advance()
        var text = ""
        while let c = peek() {
            if c == "'" { _ = advance(); return text }
            text.append(advance())
        }
        throw LexError(diagnostic: Diagnostic("unterminated string", at: start), isIncomplete: true)
    }

    private mutating func doubleQuoted() throws(LexError) -> [StringPart] {
        let start = location
        _ = advance()
        var parts: [StringPart] = []
        var text = ""
        while let c = peek() {
            switch c {
            case "\"":
                _ = advance()
                if !text.isEmpty || parts.isEmpty { parts.append(.text(text)) }
                return parts
            case "\\":
                _ = advance()
                guard let e = peek() else { break }
                _ = advance()
                switch e {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "\"", "\\", "{", "}", "$": text.append(e)
                case "\n": break
                default: text.append("\\"); text.append(e)
                }
            case "{":
                _ = advance()
                let exprStart = location
                var depth = 1
                var source = ""
                while let d = peek() {
                    if d == "{" { depth += 1 }
                    if d == "}" {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    if d == "\"" {
                        throw LexError(
                            diagnostic: Diagnostic("quotes are not allowed inside '{…}' in a string", at: location),
                            isIncomplete: false)
                    }
                    source.append(advance())
                }
                guard peek() == "}" else {
                    throw LexError(
                        diagnostic: Diagnostic("unterminated '{' in string", at: exprStart), isIncomplete: true)
                }
                _ = advance()
                if !text.isEmpty { parts.append(.text(text)); text = "" }
                parts.append(.interpolation(source, exprStart))
            default:
                text.append(advance())
            }
        }
        throw LexError(diagnostic: Diagnostic("unterminated string", at: start), isIncomplete: true)
    }
}
