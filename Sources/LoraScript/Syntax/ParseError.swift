/// A syntax error. `isIncomplete` means the input stopped in the middle of a statement (an
/// open `{`, `[`, `(` or string, or a trailing `\`), so the REPL should read another line
/// rather than report it.
public struct ParseError: Error, Sendable, Equatable {
    public var diagnostic: Diagnostic
    public var isIncomplete: Bool

    public init(_ diagnostic: Diagnostic, isIncomplete: Bool = false) {
        self.diagnostic = diagnostic
        self.isIncomplete = isIncomplete
    }
}

/// What parsing some input gave: statements, a request for more input, or an error.
public enum ParseOutcome: Sendable, Equatable {
    case complete([Statement])
    case incomplete
    case failure(Diagnostic)
}
