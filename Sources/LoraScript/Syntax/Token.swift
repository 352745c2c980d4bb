/// One lexical token of the lorash language.
public struct Token: Sendable, Equatable {
    /// The kinds of token.
    public enum Kind: Sendable, Equatable {
        /// A number literal (`2`, `0.25`, `1e-3`).
        case number(Double)
        /// A bare word: a name, a keyword, a path (`models/a.safetensors`), a LoRA spec
        /// (`hero:0.8`), or an option (`method=svd`, split by the parser).
        case word(String)
        /// A string literal; double-quoted strings may interpolate `{expr}`.
        case string([StringPart])
        /// `$name`, `$1`, `$args`.
        case variable(String)
        /// An arithmetic or comparison operator: `+ - * / % == != < <= > >=`.
        case op(String)
        /// `..` between range bounds.
        case dotDot
        /// A lone `=` (assignment).
        case assign
        case leftBrace, rightBrace, leftBracket, rightBracket, leftParen, rightParen, comma
        /// A statement separator: newline or `;`.
        case separator
        case end
    }

    public var kind: Kind
    public var location: SourceLocation
    /// Whether whitespace (or the start of a line) came directly before this token.
    public var spaceBefore: Bool

    public init(_ kind: Kind, at location: SourceLocation, spaceBefore: Bool) {
        self.kind = kind
        self.location = location
        self.spaceBefore = spaceBefore
    }
}

/// A piece of a string literal: literal text, or an interpolated expression's source.
public enum StringPart: Sendable, Equatable {
    case text(String)
    /// The source of `{expr}` and the location of its first character.
    case interpolation(String, SourceLocation)
}
