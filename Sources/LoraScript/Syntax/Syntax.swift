import LoraFormats

/// An expression: something that evaluates to a `Value`.
public indirect enum Expression: Sendable, Equatable {
    case number(Double, SourceLocation)
    /// A bare word. What it means depends on where it stands: a session name, a path, a
    /// keyword, or a name in an expression (resolved to its value).
    case word(String, SourceLocation)
    /// A string literal with interpolated `{expr}` parts.
    case string([InterpolatedPart], SourceLocation)
    /// `$name`, `$1`, `$args`.
    case variable(String, SourceLocation)
    case list([Expression], SourceLocation)
    /// `start..end [step s]`, inclusive of `end` when it falls on a step.
    case range(start: Expression, end: Expression, step: Expression?, SourceLocation)
    /// `LABEL:start..end step s` written as one word, e.g. `x=hero:0..1 step 0.25`.
    case labeledRange(label: String, start: Expression, end: Expression, step: Expression?, SourceLocation)
    /// `LABEL:[a, b, …]` with no space before the list, e.g. `y=seed:[1, 2, 3]` (a sweep axis of
    /// listed values).
    case labeledList(label: String, elements: [Expression], SourceLocation)
    case binary(String, Expression, Expression, SourceLocation)
    case unary(String, Expression, SourceLocation)
    /// Adjacent pieces with no space between them (`$dir/a.safetensors`), joined as text.
    case concatenation([Expression], SourceLocation)

    /// Where the expression starts.
    public var location: SourceLocation {
        switch self {
        case .number(_, let l), .word(_, let l), .string(_, let l), .variable(_, let l), .list(_, let l),
            .range(_, _, _, let l), .labeledRange(_, _, _, _, let l), .labeledList(_, _, let l),
            .binary(_, _, _, let l), .unary(_, _, let l),
            .concatenation(_, let l):
            return l
        }
    }

    /// The word's text when this is a bare word.
    public var wordText: String? {
        if case .word(let text, _) = self { return text }
        return nil
    }

    /// How to name this argument in a message: the word or number, `$name`, or what kind of
    /// expression it is.
    public var shortDescription: String {
        switch self {
        case .word(let text, _): return "'\(text)'"
        case .number(let value, _): return "'\(NumberFormatting.shortest(value))'"
        case .variable(let name, _): return "'$\(name)'"
        case .string: return "a string"
        case .list, .labeledList: return "a list"
        case .range, .labeledRange: return "a range"
        case .binary, .unary: return "an arithmetic expression"
        case .concatenation: return "a joined word"
        }
    }
}

/// A piece of an interpolated string, after parsing.
public enum InterpolatedPart: Sendable, Equatable {
    case text(String)
    case expression(Expression)
}

/// One argument of a command: positional, or `name=value`.
public enum Argument: Sendable, Equatable {
    case positional(Expression)
    case option(name: String, nameLocation: SourceLocation, value: Expression)

    public var location: SourceLocation {
        switch self {
        case .positional(let e): return e.location
        case .option(_, let l, _): return l
        }
    }
}

/// `verb arg… key=value…`.
public struct CommandCall: Sendable, Equatable {
    public var verb: String
    public var verbLocation: SourceLocation
    public var arguments: [Argument]
    /// Where the statement ends (the newline, `;`, `}` or end of input after the last
    /// argument): where a missing argument is reported.
    public var endLocation: SourceLocation?

    public init(
        verb: String, verbLocation: SourceLocation, arguments: [Argument], endLocation: SourceLocation? = nil
    ) {
        self.verb = verb
        self.verbLocation = verbLocation
        self.arguments = arguments
        self.endLocation = endLocation
    }
}

/// One statement of a script.
public indirect enum Statement: Sendable, Equatable {
    /// A command whose result, if any, is shown.
    case command(CommandCall)
    /// `name = verb …`: the command's result is bound to a session name.
    case assignment(name: String, nameLocation: SourceLocation, call: CommandCall)
    /// `let name = expr` (binds) or `set name = expr` (rebinds an existing name).
    case binding(name: String, nameLocation: SourceLocation, value: Expression, isSet: Bool)
    /// `for name in expr { … }`.
    case forLoop(variable: String, variableLocation: SourceLocation, sequence: Expression, body: [Statement])

    public var location: SourceLocation {
        switch self {
        case .command(let call): return call.verbLocation
        case .assignment(_, let l, _), .binding(_, let l, _, _), .forLoop(_, let l, _, _): return l
        }
    }
}
